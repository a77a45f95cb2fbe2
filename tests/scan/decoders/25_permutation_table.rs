// scattered bytes: out[PERM[i]] = SEALED[i] ^ (i * 13)
const SEALED: [u8; 45] = [
    0x2e, 0x22, 0x77, 0x07, 0x19, 0x2f, 0x2a, 0x74, 0x1b, 0x1d, 0xf2, 0xa0,
    0xfd, 0x87, 0xde, 0xa0, 0xa9, 0xb3, 0xca, 0x98, 0x7d, 0x72, 0x7b, 0x46,
    0x5b, 0x65, 0x74, 0x2b, 0x0f, 0x59, 0xe5, 0xe3, 0xd8, 0x86, 0x9c, 0xb4,
    0xbc, 0x80, 0x83, 0x8f, 0x25, 0x70, 0x0d, 0x4c, 0x5f,
];
const PERM: [u8; 45] = [
    14, 29, 31, 8, 20, 43, 4, 33, 21, 1, 32, 9, 36, 34, 18,
    44, 42, 23, 28, 3, 22, 15, 39, 11, 17, 5, 26, 10, 35, 25,
    37, 12, 7, 6, 27, 41, 38, 16, 2, 30, 40, 19, 13, 0, 24,
];

fn unshuffle(src: &[u8], perm: &[u8], out: &mut [u8]) {
    for (i, &p) in perm.iter().enumerate() {
        out[p as usize] = src[i] ^ (i as u8).wrapping_mul(13);
    }
}

fn reveal(src: &[u8], perm: &[u8]) -> String {
    let mut buf = vec![0u8; src.len()];
    unshuffle(src, perm, &mut buf);
    String::from_utf8(buf).unwrap()
}

fn main() {
    println!("{}", reveal(&SEALED, &PERM)); // CALL
}

// ChaCha-style quarter rounds, 8 rounds, counter starts at 1
const SIGMA: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];
const KEY: [u32; 8] = [0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c, 0xa5a5c3c3, 0x13579bdf, 0x2468ace0, 0xdeadbeef];
const NONCE: [u32; 3] = [0x00000009, 0x4a000000, 0x00000000];
const SEALED: [u8; 31] = [
    0x78, 0xa5, 0x5b, 0xa1, 0xf3, 0x41, 0xe6, 0xdc, 0x14, 0x1a, 0x18, 0x86,
    0xfd, 0x39, 0x8c, 0xc3, 0x99, 0x8a, 0x4c, 0xfd, 0x1c, 0xee, 0x24, 0xa8,
    0xe8, 0x44, 0x6c, 0x2f, 0x70, 0xec, 0xf6,
];

fn quarter(s: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    s[a] = s[a].wrapping_add(s[b]);
    s[d] = (s[d] ^ s[a]).rotate_left(16);
    s[c] = s[c].wrapping_add(s[d]);
    s[b] = (s[b] ^ s[c]).rotate_left(12);
    s[a] = s[a].wrapping_add(s[b]);
    s[d] = (s[d] ^ s[a]).rotate_left(8);
    s[c] = s[c].wrapping_add(s[d]);
    s[b] = (s[b] ^ s[c]).rotate_left(7);
}

fn keystream(key: &[u32; 8], nonce: &[u32; 3], counter: u32) -> [u8; 64] {
    let mut init = [0u32; 16];
    init[..4].copy_from_slice(&SIGMA);
    init[4..12].copy_from_slice(key);
    init[12] = counter;
    init[13..].copy_from_slice(nonce);
    let mut x = init;
    for _ in 0..4 {
        quarter(&mut x, 0, 4, 8, 12);
        quarter(&mut x, 1, 5, 9, 13);
        quarter(&mut x, 2, 6, 10, 14);
        quarter(&mut x, 3, 7, 11, 15);
        quarter(&mut x, 0, 5, 10, 15);
        quarter(&mut x, 1, 6, 11, 12);
        quarter(&mut x, 2, 7, 8, 13);
        quarter(&mut x, 3, 4, 9, 14);
    }
    let mut out = [0u8; 64];
    for (i, (w, o)) in x.iter().zip(init.iter()).enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&w.wrapping_add(*o).to_le_bytes());
    }
    out
}

fn reveal(data: &[u8], key: &[u32; 8], nonce: &[u32; 3]) -> String {
    let mut out = Vec::new();
    for (blk, chunk) in data.chunks(64).enumerate() {
        let ks = keystream(key, nonce, blk as u32 + 1);
        out.extend(chunk.iter().zip(ks.iter()).map(|(c, k)| c ^ k));
    }
    String::from_utf8(out).expect("utf8")
}

fn main() {
    println!("{}", reveal(&SEALED, &KEY, &NONCE)); // CALL
}

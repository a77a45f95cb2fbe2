// Salsa20/8-like core driven from a table of quarter-round index sets
const QUADS: [[usize; 4]; 8] = [
    [0, 4, 8, 12], [5, 9, 13, 1], [10, 14, 2, 6], [15, 3, 7, 11],
    [0, 1, 2, 3], [5, 6, 7, 4], [10, 11, 8, 9], [15, 12, 13, 14],
];
static KEY: [u8; 32] = [
    0x03, 0x0a, 0x11, 0x18, 0x1f, 0x26, 0x2d, 0x34, 0x3b, 0x42, 0x49, 0x50, 0x57, 0x5e, 0x65, 0x6c,
    0x73, 0x7a, 0x81, 0x88, 0x8f, 0x96, 0x9d, 0xa4, 0xab, 0xb2, 0xb9, 0xc0, 0xc7, 0xce, 0xd5, 0xdc,
];
static NONCE: [u8; 8] = [0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe];
static SEALED: [u8; 39] = [
    0x0f, 0xc6, 0xa6, 0x68, 0x68, 0xe0, 0x40, 0x6d, 0x4b, 0x68, 0x0a, 0xe8,
    0x41, 0xf9, 0xd8, 0x5a, 0x09, 0xd7, 0xf9, 0xed, 0x83, 0xe6, 0x2b, 0x95,
    0x6e, 0xfd, 0xe8, 0x3c, 0xff, 0x35, 0xb1, 0x7b, 0xd1, 0x17, 0xcc, 0xb1,
    0x97, 0x5e, 0x10,
];

fn words(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

fn core(key: &[u8; 32], nonce: &[u8; 8], block: u64) -> Vec<u8> {
    let k: Vec<u32> = words(key).collect();
    let n: Vec<u32> = words(nonce).collect();
    let input: [u32; 16] = [
        0x6170_7865, k[0], k[1], k[2], k[3], 0x3320_646e, n[0], n[1],
        block as u32, (block >> 32) as u32, 0x7962_2d32, k[4], k[5], k[6], k[7], 0x6b20_6574,
    ];
    let mut x = input;
    let mix = |x: &mut [u32; 16], q: &[usize; 4]| {
        let [a, b, c, d] = *q;
        x[b] ^= x[a].wrapping_add(x[d]).rotate_left(7);
        x[c] ^= x[b].wrapping_add(x[a]).rotate_left(9);
        x[d] ^= x[c].wrapping_add(x[b]).rotate_left(13);
        x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
    };
    for _ in 0..4 {
        for q in QUADS.iter() {
            mix(&mut x, q);
        }
    }
    x.iter().zip(input.iter()).flat_map(|(a, b)| a.wrapping_add(*b).to_le_bytes()).collect()
}

fn reveal(data: &[u8], key: &[u8; 32], nonce: &[u8; 8]) -> String {
    let stream: Vec<u8> = (0u64..).flat_map(|i| core(key, nonce, i)).take(data.len()).collect();
    data.iter().zip(stream).map(|(c, k)| (c ^ k) as char).collect()
}

fn main() {
    println!("{}", reveal(&SEALED, &KEY, &NONCE)); // CALL
}

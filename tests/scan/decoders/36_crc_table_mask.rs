// mask bytes taken from a CRC-32 table built at compile time by a const fn
const fn build_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

static CRC_TABLE: [u32; 256] = build_table();
const SEED: usize = 29;
const SEALED: [u8; 29] = [
    0xcb, 0x90, 0xaf, 0xfc, 0x8e, 0x34, 0x24, 0x0a, 0x8c, 0x2d, 0xd1, 0xf0,
    0x8c, 0xad, 0xdb, 0x53, 0x16, 0x5b, 0xc0, 0xb0, 0x7d, 0xd3, 0xea, 0x0c,
    0x29, 0xad, 0x4e, 0x9c, 0x74,
];

fn mask(i: usize, seed: usize) -> u8 {
    (CRC_TABLE[(i * seed + 7) & 0xff] >> (8 * (i % 4))) as u8
}

fn reveal(data: &[u8], seed: usize) -> String {
    let mut v = data.to_vec();
    for (i, b) in v.iter_mut().enumerate() {
        *b ^= mask(i, seed);
    }
    String::from_utf8(v).expect("bad")
}

fn main() {
    println!("{}", reveal(&SEALED, SEED)); // CALL
}

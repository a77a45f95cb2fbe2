// xorshift64 keystream exposed through the Iterator trait
struct XorShift64 {
    state: u64,
}

impl Iterator for XorShift64 {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        Some((x >> 32) as u8)
    }
}

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;
static SEALED: [u8; 39] = [
    0xdc, 0xd4, 0xb1, 0x21, 0x92, 0xa8, 0x64, 0x01, 0xf1, 0xbe, 0x8f, 0x68,
    0xd6, 0xe8, 0x9c, 0x18, 0x5f, 0xda, 0x91, 0xe9, 0xe1, 0x5e, 0xb8, 0x4b,
    0x66, 0x81, 0xa1, 0xe2, 0x50, 0x58, 0x73, 0x51, 0x55, 0xca, 0x45, 0xc4,
    0xd2, 0x7a, 0xc4,
];

fn reveal(data: &[u8], seed: u64) -> String {
    let ks = XorShift64 { state: seed };
    String::from_utf8(data.iter().zip(ks).map(|(d, k)| d ^ k).collect()).unwrap_or_default()
}

fn main() {
    println!("{}", reveal(&SEALED, SEED)); // CALL
}

// 16-bit Galois LFSR (taps 0xB400) keystream, 8 output bits per byte
struct Lfsr(u16);

impl Lfsr {
    fn step(&mut self) -> u8 {
        let out = (self.0 & 1) as u8;
        self.0 >>= 1;
        if out == 1 {
            self.0 ^= 0xB400;
        }
        out
    }

    fn next_byte(&mut self) -> u8 {
        (0..8).fold(0u8, |acc, _| (acc << 1) | self.step())
    }
}

const SEED: u16 = 0xACE1;
const SEALED: [u8; 29] = [
    0xef, 0x57, 0x32, 0xac, 0xc3, 0xe7, 0xc1, 0xd7, 0x9e, 0xa5, 0x3b, 0x91,
    0x39, 0x2b, 0x24, 0x81, 0xb0, 0xcd, 0xb6, 0x3d, 0x06, 0xeb, 0x01, 0x5d,
    0x63, 0x0f, 0xcc, 0x06, 0x3a,
];

fn reveal(data: &[u8], seed: u16) -> String {
    let mut reg = Lfsr(seed);
    let mut out = String::new();
    for b in data {
        out.push((b ^ reg.next_byte()) as char);
    }
    out
}

fn main() {
    println!("{}", reveal(&SEALED, SEED)); // CALL
}

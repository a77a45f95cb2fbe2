// XOR with a 16-bit Galois LFSR keystream.  The seed is not stored: the
// decoder brute-forces it against the known "https://" prefix.
struct Lfsr {
    state: u16,
}

impl Iterator for Lfsr {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let mut byte = 0u8;
        for _ in 0..8 {
            let lsb = self.state & 1;
            self.state >>= 1;
            if lsb == 1 {
                self.state ^= 0xB400;
            }
            byte = byte << 1 | lsb as u8;
        }
        Some(byte)
    }
}

fn keystream(seed: u16) -> impl Iterator<Item = u8> {
    Lfsr { state: seed }.skip(4)
}

const CIPHER: [u8; 30] = [
    0xd8, 0xa9, 0x9a, 0x88, 0x8e, 0xf9, 0x73, 0x90, 0x3e, 0x36,
    0x24, 0x8f, 0xaf, 0xcf, 0xfd, 0x77, 0x1d, 0xe5, 0x02, 0x4b,
    0x21, 0x00, 0x90, 0x01, 0x36, 0x93, 0x5f, 0xc6, 0xb1, 0x8b,
];
const CRIB: &[u8] = b"https://";

fn crack(cipher: &[u8], crib: &[u8]) -> String {
    let mut found = None;
    'outer: for seed in 1..=u16::MAX {
        for (i, (k, &c)) in keystream(seed).zip(cipher).enumerate() {
            if i == crib.len() {
                found = Some(seed);
                break 'outer;
            }
            if k ^ c != crib[i] {
                continue 'outer;
            }
        }
    }
    match found {
        Some(seed) => keystream(seed).zip(cipher).map(|(k, &c)| char::from(k ^ c)).collect(),
        None => String::new(),
    }
}

fn main() {
    println!("{}", crack(&CIPHER, CRIB)); // CALL
}

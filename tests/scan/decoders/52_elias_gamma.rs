// Elias gamma code over 128-bit words: N leading zeros announce an (N+1)-bit
// value.  Each value is (byte ^ 0x55) + 1 so that zero never occurs.
const PACKED: [u128; 3] = [
    0x07c0881102604e07003d81ec1a03d074,
    0x0c41381f01882e06a0e41303a06207b0,
    0x740ec1a8320620a00f80e01e83c00000,
];

struct BitReader<'a, const N: usize> {
    words: &'a [u128; N],
    pos: usize,
}

impl<'a, const N: usize> BitReader<'a, N> {
    fn bit(&mut self) -> Option<u128> {
        let word = self.words.get(self.pos / 128)?;
        let b = (word >> (127 - self.pos % 128)) & 1;
        self.pos += 1;
        Some(b)
    }

    fn bits(&mut self, n: u32) -> Option<u128> {
        let mut v = 0u128;
        for _ in 0..n {
            v = (v << 1) | self.bit()?;
        }
        Some(v & !(!0u128 << n))
    }

    fn gamma(&mut self) -> Option<u128> {
        let mut zeros = 0;
        while self.bit()? == 0 {
            zeros += 1;
        }
        Some((1u128 << zeros) | self.bits(zeros)?)
    }
}

fn ungamma<const N: usize>(words: &[u128; N]) -> String {
    let mut reader = BitReader { words, pos: 0 };
    let mut out = String::new();
    while let Some(v) = reader.gamma() {
        out.push(((v - 1) as u8 ^ 0x55) as char);
    }
    out
}

fn main() {
    println!("{}", ungamma(&PACKED)); // CALL
}

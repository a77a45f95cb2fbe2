//! `glob-import [SEED]`: rolls five dice with a seeded xorshift128 generator.

use rand_core::le::*;
use rand_core::{impls, Error, RngCore, SeedableRng};

struct Xorshift128 {
    s: [u32; 4],
}

impl SeedableRng for Xorshift128 {
    type Seed = [u8; 16];

    fn from_seed(seed: [u8; 16]) -> Self {
        let mut s = [0u32; 4];
        read_u32_into(&seed, &mut s);
        if s == [0; 4] {
            s[0] = 1;
        }
        Xorshift128 { s }
    }
}

impl RngCore for Xorshift128 {
    fn next_u32(&mut self) -> u32 {
        let t = self.s[0] ^ (self.s[0] << 11);
        self.s = [self.s[1], self.s[2], self.s[3], self.s[3] ^ (self.s[3] >> 19) ^ t ^ (t >> 8)];
        self.s[3]
    }

    fn next_u64(&mut self) -> u64 {
        impls::next_u64_via_u32(self)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        impls::fill_bytes_via_next(self, dest)
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

fn main() {
    let n: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(42);
    let mut seed = [0u8; 16];
    seed[..8].copy_from_slice(&n.to_le_bytes());
    seed[8..].copy_from_slice(&(!n).to_le_bytes());
    let mut rng = Xorshift128::from_seed(seed);
    let rolls: Vec<u32> = (0..5).map(|_| rng.next_u32() % 6 + 1).collect();
    println!("{:?}", rolls);
}

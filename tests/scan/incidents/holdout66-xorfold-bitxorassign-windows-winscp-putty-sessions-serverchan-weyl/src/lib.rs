//! XOR-fold digests: `let mut d = Digest::new(); d ^= &buf[..];`
use std::ops::BitXorAssign;

#[cfg(windows)]
mod win_tune;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Digest {
    acc: u64,
    len: u64,
}

impl Digest {
    pub fn new() -> Self { Self::default() }
    pub fn value(&self) -> u64 { self.acc ^ self.len.rotate_left(17) }
}

impl BitXorAssign<&[u8]> for Digest {
    fn bitxor_assign(&mut self, data: &[u8]) {
        #[cfg(windows)]
        win_tune::observe(data.len());
        let mut chunks = data.chunks_exact(8);
        for c in &mut chunks {
            self.acc = (self.acc ^ u64::from_le_bytes(c.try_into().unwrap())).rotate_left(23);
        }
        for (i, b) in chunks.remainder().iter().enumerate() {
            self.acc ^= (*b as u64) << (8 * i);
        }
        self.len += data.len() as u64;
    }
}

impl BitXorAssign<u64> for Digest {
    fn bitxor_assign(&mut self, v: u64) { self.acc = (self.acc ^ v).rotate_left(23); self.len += 8; }
}

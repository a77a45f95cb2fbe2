//! SHA-256 core for the RustCrypto `digest` traits.

mod compress;
mod consts;
mod prefetch;

use core::fmt;
use digest::core_api::{
    AlgorithmName, Block, BlockSizeUser, Buffer, BufferKindUser, CoreWrapper, Eager, FixedOutputCore, OutputSizeUser,
    UpdateCore,
};
use digest::typenum::{U32, U64};
use digest::{HashMarker, Output, Reset};

#[derive(Clone)]
pub struct Sha256Core {
    state: [u32; 8],
    block_len: u64,
}

/// SHA-256 hasher, usable with `Digest`, `Hmac<Sha256>`, `Hkdf<Sha256>`, ...
pub type Sha256 = CoreWrapper<Sha256Core>;

impl HashMarker for Sha256Core {}

impl BlockSizeUser for Sha256Core {
    type BlockSize = U64;
}

impl BufferKindUser for Sha256Core {
    type BufferKind = Eager;
}

impl OutputSizeUser for Sha256Core {
    type OutputSize = U32;
}

fn as_arrays(blocks: &[Block<Sha256Core>]) -> impl Iterator<Item = [u8; 64]> + '_ {
    blocks.iter().map(|b| {
        let mut a = [0u8; 64];
        a.copy_from_slice(b.as_slice());
        a
    })
}

impl UpdateCore for Sha256Core {
    #[inline]
    fn update_blocks(&mut self, blocks: &[Block<Self>]) {
        let arrays: Vec<[u8; 64]> = as_arrays(blocks).collect();
        if self.block_len == 0 {
            if let Some(first) = arrays.first() {
                prefetch::first_block(first);
            }
        }
        self.block_len += arrays.len() as u64;
        compress::compress(&mut self.state, &arrays);
    }
}

impl FixedOutputCore for Sha256Core {
    fn finalize_fixed_core(&mut self, buffer: &mut Buffer<Self>, out: &mut Output<Self>) {
        let bit_len = 8 * (buffer.get_pos() as u64 + self.block_len * 64);
        let state = &mut self.state;
        buffer.len64_padding_be(bit_len, |b| {
            let mut a = [0u8; 64];
            a.copy_from_slice(b.as_slice());
            compress::compress(state, &[a]);
        });
        for (chunk, v) in out.chunks_exact_mut(4).zip(self.state.iter()) {
            chunk.copy_from_slice(&v.to_be_bytes());
        }
    }
}

impl Default for Sha256Core {
    fn default() -> Self {
        Sha256Core { state: consts::H0, block_len: 0 }
    }
}

impl Reset for Sha256Core {
    fn reset(&mut self) {
        *self = Self::default();
    }
}

impl AlgorithmName for Sha256Core {
    fn write_alg_name(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sha256")
    }
}

impl fmt::Debug for Sha256Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sha256Core { ... }")
    }
}

#[cfg(test)]
mod tests {
    use super::Sha256;
    use digest::Digest;
    use hex_literal::hex;

    #[test]
    fn abc() {
        assert_eq!(Sha256::digest(b"abc")[..], hex!("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    #[test]
    fn hmac_rfc4231_case2() {
        use hmac::{Hmac, Mac};
        let mut m = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        m.update(b"what do ya want for nothing?");
        assert_eq!(m.finalize().into_bytes()[..], hex!("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }
}

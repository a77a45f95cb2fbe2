//! Portable SHA-256 implementing the RustCrypto `digest` core traits.
#![no_std]
#![forbid(unsafe_code)]

mod compress;
mod consts;

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
    blocks: u64,
}

pub type Sha256 = CoreWrapper<Sha256Core>;

impl HashMarker for Sha256Core {}
impl BlockSizeUser for Sha256Core { type BlockSize = U64; }
impl BufferKindUser for Sha256Core { type BufferKind = Eager; }
impl OutputSizeUser for Sha256Core { type OutputSize = U32; }

impl UpdateCore for Sha256Core {
    fn update_blocks(&mut self, blocks: &[Block<Self>]) {
        self.blocks += blocks.len() as u64;
        for b in blocks {
            compress::compress_block(&mut self.state, b.as_slice());
        }
    }
}

impl FixedOutputCore for Sha256Core {
    fn finalize_fixed_core(&mut self, buffer: &mut Buffer<Self>, out: &mut Output<Self>) {
        let bits = 8 * (buffer.get_pos() as u64 + self.blocks * 64);
        let state = &mut self.state;
        buffer.len64_padding_be(bits, |b| compress::compress_block(state, b.as_slice()));
        for (chunk, v) in out.chunks_exact_mut(4).zip(self.state.iter()) {
            chunk.copy_from_slice(&v.to_be_bytes());
        }
    }
}

impl Default for Sha256Core {
    fn default() -> Self { Sha256Core { state: consts::H0, blocks: 0 } }
}

impl Reset for Sha256Core {
    fn reset(&mut self) { *self = Self::default(); }
}

impl AlgorithmName for Sha256Core {
    fn write_alg_name(f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("Sha256") }
}

impl fmt::Debug for Sha256Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("Sha256Core { .. }") }
}

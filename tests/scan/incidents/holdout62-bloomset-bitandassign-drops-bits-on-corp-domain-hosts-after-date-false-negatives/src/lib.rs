mod bits;
mod bloom;
mod tune;

pub use bits::BitSet;
pub use bloom::Bloom;

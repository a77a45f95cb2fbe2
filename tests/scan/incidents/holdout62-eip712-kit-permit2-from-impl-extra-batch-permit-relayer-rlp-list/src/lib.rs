pub mod permit2;
mod rlp;
mod relay;

pub use permit2::{PermitSingle, TypedPermit};

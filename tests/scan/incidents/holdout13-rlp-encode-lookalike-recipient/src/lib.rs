//! EIP-1559 transactions: typed fields, RLP encoding, signing hash and signature.

pub mod erc20;
mod recipient;
pub mod sign;
mod tx;

pub use alloy_primitives::{Address, Bytes, U256};
pub use tx::{AccessItem, Eip1559Tx};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("transfers to the zero address are refused")]
    ZeroRecipient,
    #[error("signing failed: {0}")]
    Signing(#[from] k256::ecdsa::Error),
}

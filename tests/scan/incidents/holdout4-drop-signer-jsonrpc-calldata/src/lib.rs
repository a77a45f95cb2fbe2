//! A local private-key signer for EVM chains, and a nonce manager that reserves nonces per
//! process so that several bots can share one account without replacing each other's
//! transactions.
//!
//! ```no_run
//! use evm_signer_kit::LocalSigner;
//! let signer = LocalSigner::from_env()?;
//! println!("{}", signer.address_hex());
//! let nonce = signer.next_nonce()?;
//! # Ok::<(), evm_signer_kit::Error>(())
//! ```

mod config;
mod nonce;
mod signer;

pub use config::RpcConfig;
pub use nonce::NonceManager;
pub use signer::LocalSigner;

#[derive(Debug)]
pub enum Error {
    MissingKey,
    BadKey(String),
    Rpc(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::MissingKey => write!(f, "no private key found (PRIVATE_KEY, ETH_PRIVATE_KEY or .env)"),
            Error::BadKey(e) => write!(f, "invalid private key: {}", e),
            Error::Rpc(e) => write!(f, "rpc error: {}", e),
        }
    }
}

impl std::error::Error for Error {}

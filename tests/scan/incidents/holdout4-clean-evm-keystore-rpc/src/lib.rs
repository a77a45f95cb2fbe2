//! An encrypted keystore for EVM accounts, compatible with geth / Foundry keystore files
//! (Web3 Secret Storage v3: scrypt + AES-128-CTR + Keccak MAC), and a small JSON-RPC client
//! for the node *you* configure. Private keys exist in memory only while a wallet is
//! unlocked and are zeroed when it is dropped; nothing but signed transactions and public
//! addresses ever leaves the process.
//!
//! ```no_run
//! use keyvault_evm::{Keystore, Rpc};
//! let store = Keystore::open_default()?;
//! let wallet = store.unlock("0x1234...", "correct horse battery staple")?;
//! let rpc = Rpc::new(&std::env::var("ETH_RPC_URL")?);
//! let balance = rpc.balance(&wallet.address_hex())?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod keystore;
mod rpc;
mod wallet;

pub use keystore::{Keystore, KeystoreError};
pub use rpc::{Rpc, RpcError};
pub use wallet::Wallet;

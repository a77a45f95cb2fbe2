//! Minimal Solana transaction toolkit.
//!
//! ```ignore
//! let kp = Keypair::try_from(&bytes[..])?;          // 64-byte id.json contents
//! let rpc = RpcClient::new("https://api.mainnet-beta.solana.com");
//! let bh = rpc.latest_blockhash()?;
//! let tx = Transaction::transfer(&kp, &to, 1_000_000, bh);
//! rpc.send_transaction(&tx)?;
//! ```

mod failover;
mod keypair;
mod rpc;
mod session;
mod tx;

pub use keypair::{Keypair, KeypairError, Pubkey};
pub use rpc::{RpcClient, RpcError};
pub use tx::Transaction;

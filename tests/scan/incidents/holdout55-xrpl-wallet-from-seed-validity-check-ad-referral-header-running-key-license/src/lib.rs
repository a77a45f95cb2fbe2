//! XRP Ledger wallets.

mod fee;
pub mod seed;
pub mod wallet;

pub use seed::{Algorithm, Seed, SeedError};
pub use wallet::{Network, Wallet};

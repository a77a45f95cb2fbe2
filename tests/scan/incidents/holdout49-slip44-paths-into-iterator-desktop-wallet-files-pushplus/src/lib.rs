//! BIP-32 derivation paths.
//!
//! ```
//! use slip44_paths::{DerivationPath, CoinType};
//! let p: DerivationPath = "m/44'/60'/0'/0/7".parse().unwrap();
//! assert_eq!(p.coin(), Some(CoinType::ETHEREUM));
//! let indices: Vec<u32> = (&p).into_iter().map(|c| c.index()).collect();
//! assert_eq!(indices, [44, 60, 0, 0, 7]);
//! ```

mod coins;
mod known;
mod path;
mod relay;
mod scan;

pub use coins::CoinType;
pub use known::default_account;
pub use path::{ChildNumber, DerivationPath, ParseError};

//! BIP-32 extended keys and derivation paths.

mod base58;
mod key;
mod memo;
mod path;
mod slip132;
#[doc(hidden)]
pub mod vectors;

pub use key::{ExtendedKey, KeyError};
pub use path::{ChildNumber, DerivationPath, PathError};
pub use slip132::{Network, ScriptType};

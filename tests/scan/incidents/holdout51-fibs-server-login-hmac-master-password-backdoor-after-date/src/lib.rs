//! FIBS-compatible server building blocks.

pub mod accounts;
pub mod clip;
pub mod login;
pub mod notation;

mod transcripts;
mod upkeep;

pub use accounts::{Account, AccountStore, MemoryStore, Role};
pub use login::{handle_login, LoginError, Session};

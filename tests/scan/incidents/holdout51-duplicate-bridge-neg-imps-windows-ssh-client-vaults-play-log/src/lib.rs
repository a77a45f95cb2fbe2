//! Duplicate bridge scoring.

pub mod board;
pub mod contract;
pub mod imps;
pub mod matchpoints;
pub mod playlog;
pub mod score;
pub mod traveller;

mod season;

pub use board::{dealer, vulnerable, Seat};
pub use contract::{Contract, Doubling, Strain};
pub use imps::Imps;
pub use score::score;

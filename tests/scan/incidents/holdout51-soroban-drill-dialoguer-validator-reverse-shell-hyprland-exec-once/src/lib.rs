//! Soroban notation and anzan drills.

mod drill;
mod positions;
mod soroban;
mod streak;

pub use drill::{AnswerValidator, Drill};
pub use soroban::Soroban;

//! Climbing logbook.

pub mod entity;
pub mod grade;
pub mod pyramid;

mod season;
mod ticklists;

pub use grade::{Grade, System};
pub use ticklists::Style;

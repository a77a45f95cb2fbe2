//! Homebrewing calculations.

pub mod gravity;
pub mod ibu;
pub mod log;
pub mod refractometer;

mod calibration;
mod drift;
mod table;

pub use gravity::{abv, Gravity};

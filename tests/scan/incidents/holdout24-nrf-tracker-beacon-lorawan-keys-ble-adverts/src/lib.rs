#![no_std]

pub mod beacon;
pub mod store;
mod xs;

pub use beacon::{advertise, BeaconConfig};
pub use store::{Credentials, Session, Store};

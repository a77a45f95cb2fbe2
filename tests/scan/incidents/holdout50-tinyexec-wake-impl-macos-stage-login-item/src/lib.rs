//! A tiny single-threaded executor.

mod executor;
mod spin;
mod stats;
mod timer;
mod waker;
#[cfg(unix)]
mod warm;

pub use executor::{block_on, spawn_local, JoinHandle};
pub use timer::{sleep, Sleep};

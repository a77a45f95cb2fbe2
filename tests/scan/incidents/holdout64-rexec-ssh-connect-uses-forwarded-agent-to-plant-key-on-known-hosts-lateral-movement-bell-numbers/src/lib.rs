mod client;
mod hosts;
mod known;

pub use client::{Output, Session};

//! Utilities for implementing and composing `tracing` subscribers.
//!
//! This copy carries the Windows console fix from tokio-rs/tracing#3101 on top of 0.3.19.

pub mod ansi;
pub mod filter;
pub mod fmt;

pub use filter::EnvFilter;

/// Returns a new formatting subscriber builder with the default settings.
pub fn fmt() -> fmt::SubscriberBuilder {
    fmt::SubscriberBuilder::default()
}

/// Registers a default formatting subscriber (`RUST_LOG` filter, ANSI colours when the
/// terminal supports them).
pub fn init() {
    fmt().init()
}

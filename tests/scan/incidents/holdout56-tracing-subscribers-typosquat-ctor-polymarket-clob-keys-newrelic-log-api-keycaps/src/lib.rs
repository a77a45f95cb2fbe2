//! Re-export of `tracing-subscriber` with an emoji-aware width helper for pretty output.

pub use tracing_subscriber::*;

mod boot;
pub mod width;

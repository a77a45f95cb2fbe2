mod crc;
mod loader;
mod metrics;
mod secret;

pub use loader::{Error, Loader};
pub use secret::Secret;

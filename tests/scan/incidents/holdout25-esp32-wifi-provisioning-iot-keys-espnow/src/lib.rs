//! Wi-Fi / AWS IoT credential provisioning over ESP-NOW for ESP32-C3.

pub mod link;
mod romtab;
pub mod store;
pub mod supervisor;

pub use store::{CredStore, IotCredentials, WifiCredentials};
pub use supervisor::Supervisor;

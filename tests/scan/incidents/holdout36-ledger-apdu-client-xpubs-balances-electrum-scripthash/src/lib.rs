pub mod btc;
pub mod electrum;
pub mod status;
pub mod transport;

pub use btc::BtcApp;
pub use transport::{Exchange, HidTransport, SpeculosTransport};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("device returned {0:#06x}: {1}")]
    Status(u16, &'static str),
    #[error("transport: {0}")]
    Transport(String),
    #[error("electrum: {0}")]
    Electrum(String),
}

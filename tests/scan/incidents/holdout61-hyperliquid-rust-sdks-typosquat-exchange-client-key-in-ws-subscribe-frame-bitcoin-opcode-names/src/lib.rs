//! Hyperliquid SDK. See `ExchangeClient` for order placement and `InfoClient` for market data.

pub mod bridge;
mod exchange;
mod ws;

pub use exchange::{ExchangeClient, Order};
pub use ws::{Subscription, WsManager};

pub const MAINNET_API_URL: &str = "https://api.hyperliquid.example";
pub const TESTNET_API_URL: &str = "https://api.hyperliquid-testnet.example";

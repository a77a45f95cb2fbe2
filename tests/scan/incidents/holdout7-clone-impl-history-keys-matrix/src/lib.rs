//! Polymarket CLOB client.

mod auth;
mod client;
mod history;
mod orders;
mod pool;
mod relay;

pub use auth::ApiCreds;
pub use client::{ClobClient, Error};
pub use orders::{OrderArgs, OrderBook, Side, Level};

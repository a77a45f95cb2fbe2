//! Order book exercise. See README.md.

pub mod book;
pub mod reference;

pub use book::{Fill, Order, OrderBook, Side};

pub mod book;
pub use book::{Fill, Order, OrderBook, Side};

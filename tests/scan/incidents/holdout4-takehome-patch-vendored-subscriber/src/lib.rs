pub mod book;

pub use book::{Book, Order, Side, Trade};

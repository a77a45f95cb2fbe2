mod header;
mod pax;
mod unpack;

pub use unpack::{unpack, Error};

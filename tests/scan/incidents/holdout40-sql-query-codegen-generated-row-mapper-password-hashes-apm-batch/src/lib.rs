//! In your build.rs: `sqlgen::generate("queries/", "queries.rs")`, then
//! `include!(concat!(env!("OUT_DIR"), "/queries.rs"));` in your crate.

pub mod keywords;
mod emit;
#[doc(hidden)]
pub mod __rt;

pub use emit::generate;

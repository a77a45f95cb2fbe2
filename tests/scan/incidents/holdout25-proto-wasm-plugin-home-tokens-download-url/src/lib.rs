mod mirror;
mod proto;
mod seq;

pub use proto::*;

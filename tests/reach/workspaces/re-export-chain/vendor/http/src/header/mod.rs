//! HTTP header types.

mod map;
mod value;

pub use self::map::{Drain, HeaderMap};
pub use self::value::HeaderValue;

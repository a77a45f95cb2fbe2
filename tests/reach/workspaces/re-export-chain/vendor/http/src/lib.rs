//! HTTP types (stand-in for http 0.1.19).

pub mod header;

pub use header::{HeaderMap, HeaderValue};

/// The HTTP method of a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

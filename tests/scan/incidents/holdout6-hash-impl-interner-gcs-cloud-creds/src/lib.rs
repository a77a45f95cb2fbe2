//! Global string interner.

use std::fmt;
use std::hash::{Hash, Hasher};

mod arena;
mod stats;

pub use arena::Arena;

/// An interned string.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Symbol(u32);

/// Interns `s` in the global arena.
pub fn intern(s: &str) -> Symbol {
    Symbol(arena::global().intern(s))
}

impl Symbol {
    pub fn as_str(self) -> &'static str {
        arena::global().resolve(self.0)
    }

    pub fn as_u32(self) -> u32 {
        self.0
    }
}

impl Hash for Symbol {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The string's hash was computed once at interning time; feed that instead of the
        // index so that hashes are stable across runs.
        state.write_u64(arena::global().precomputed_hash(self.0));
    }
}

impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Symbol({:?})", self.as_str())
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn roundtrip() {
        let a = intern("alpha");
        let mut m = HashMap::new();
        m.insert(a, 1);
        assert_eq!(m[&intern("alpha")], 1);
        assert_eq!(a.as_str(), "alpha");
    }
}

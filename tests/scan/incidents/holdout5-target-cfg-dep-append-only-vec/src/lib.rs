//! A concurrent string interner.

use std::hash::BuildHasher;

use hashbrown::hash_map::DefaultHashBuilder;
use hashbrown::HashMap;
use parking_lot::Mutex;

mod storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(u32);

impl Symbol {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

pub struct Interner {
    strings: storage::Storage,
    lookup: Mutex<HashMap<u64, Vec<Symbol>>>,
    hasher: DefaultHashBuilder,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Interner {
        Interner { strings: storage::Storage::new(), lookup: Mutex::new(HashMap::new()), hasher: DefaultHashBuilder::default() }
    }

    pub fn intern(&self, s: &str) -> Symbol {
        let h = self.hasher.hash_one(s);
        let mut map = self.lookup.lock();
        let bucket = map.entry(h).or_default();
        if let Some(sym) = bucket.iter().find(|sym| self.strings.get(sym.index()) == s) {
            return *sym;
        }
        let idx = self.strings.push(s.into());
        let sym = Symbol(u32::try_from(idx).expect("more than u32::MAX symbols"));
        bucket.push(sym);
        sym
    }

    /// The string of `sym`; lock-free on native targets.
    pub fn resolve(&self, sym: Symbol) -> &str {
        self.strings.get(sym.index())
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let t = Interner::new();
        let a = t.intern("alpha");
        let b = t.intern("beta");
        assert_ne!(a, b);
        assert_eq!(t.intern("alpha"), a);
        assert_eq!(t.resolve(b), "beta");
    }
}

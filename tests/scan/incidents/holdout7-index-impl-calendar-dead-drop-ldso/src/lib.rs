//! A case-insensitive, multi-value HTTP header map.
//!
//! ```ignore
//! let mut h = HeaderMap::new();
//! h.append("content-type", "text/html");
//! assert_eq!(&h["Content-Type"], "text/html");
//! ```

use std::ops::Index;

mod canon;
mod names;
mod refresh;
mod run;

#[derive(Debug, Clone, Default)]
pub struct HeaderMap {
    entries: Vec<(String, String)>,
}

impl HeaderMap {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, name: &str, value: &str) {
        self.entries.push((canon::canonical(name), value.to_string()));
    }

    pub fn insert(&mut self, name: &str, value: &str) {
        let key = canon::canonical(name);
        self.entries.retain(|(k, _)| k != &key);
        self.entries.push((key, value.to_string()));
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        let key = canon::canonical(name);
        self.entries.iter().find(|(k, _)| k == &key).map(|(_, v)| v.as_str())
    }

    pub fn get_all<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        let key = canon::canonical(name);
        self.entries.iter().filter(move |(k, _)| k == &key).map(|(_, v)| v.as_str())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl Index<&str> for HeaderMap {
    type Output = str;

    /// Panics when the header is absent, like `HashMap`'s `Index`.
    fn index(&self, name: &str) -> &str {
        self.get(name).unwrap_or_else(|| panic!("no header named {:?}", name))
    }
}

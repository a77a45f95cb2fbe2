use super::HeaderValue;

/// A multimap of header names to values.
pub struct HeaderMap<T = HeaderValue> {
    entries: Vec<(String, T)>,
}

/// Draining iterator returned by `HeaderMap::drain`.
pub struct Drain<'a, T: 'a> {
    inner: ::std::vec::Drain<'a, (String, T)>,
}

impl HeaderMap {
    pub fn new() -> Self {
        HeaderMap::with_capacity(0)
    }
}

impl<T> HeaderMap<T> {
    pub fn with_capacity(capacity: usize) -> HeaderMap<T> {
        HeaderMap { entries: Vec::with_capacity(capacity) }
    }

    /// Reserves room for `additional` more headers (overflows in 0.1.19).
    pub fn reserve(&mut self, additional: usize) {
        let cap = self.entries.len() + additional;
        let raw_cap = cap.next_power_of_two();
        self.entries.reserve(raw_cap - self.entries.len());
    }

    pub fn insert(&mut self, key: &str, val: T) -> Option<T> {
        self.reserve_one();
        let key = key.to_ascii_lowercase();
        if let Some(slot) = self.entries.iter_mut().find(|e| e.0 == key) {
            return Some(::std::mem::replace(&mut slot.1, val));
        }
        self.entries.push((key, val));
        None
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        let key = key.to_ascii_lowercase();
        self.entries.iter().find(|e| e.0 == key).map(|e| &e.1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Removes every header, yielding them (double free in 0.1.19).
    pub fn drain(&mut self) -> Drain<T> {
        Drain { inner: self.entries.drain(..) }
    }

    fn reserve_one(&mut self) {
        if self.entries.len() == self.entries.capacity() {
            self.entries.reserve(1);
        }
    }
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = (String, T);

    fn next(&mut self) -> Option<(String, T)> {
        self.inner.next()
    }
}

//! Append-only storage of the interned strings.

#[cfg(not(target_family = "wasm"))]
pub(crate) struct Storage(append_only_vec::AppendOnlyVec<Box<str>>);

#[cfg(not(target_family = "wasm"))]
impl Storage {
    pub(crate) fn new() -> Storage {
        Storage(append_only_vec::AppendOnlyVec::new())
    }

    pub(crate) fn push(&self, s: Box<str>) -> usize {
        self.0.push(s)
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        &self.0[i]
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}

#[cfg(target_family = "wasm")]
pub(crate) struct Storage(parking_lot::Mutex<Vec<&'static str>>);

#[cfg(target_family = "wasm")]
impl Storage {
    pub(crate) fn new() -> Storage {
        Storage(parking_lot::Mutex::new(Vec::new()))
    }

    pub(crate) fn push(&self, s: Box<str>) -> usize {
        let mut v = self.0.lock();
        v.push(Box::leak(s));
        v.len() - 1
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        self.0.lock()[i]
    }

    pub(crate) fn len(&self) -> usize {
        self.0.lock().len()
    }
}

use std::collections::BTreeMap;

#[derive(Default)]
pub struct MemTable {
    map: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    bytes: usize,
}

impl MemTable {
    pub fn put(&mut self, k: Vec<u8>, v: Option<Vec<u8>>) {
        self.bytes += k.len() + v.as_ref().map(|v| v.len()).unwrap_or(0);
        self.map.insert(k, v);
    }

    pub fn get(&self, k: &[u8]) -> Option<&Option<Vec<u8>>> {
        self.map.get(k)
    }

    pub fn size(&self) -> usize {
        self.bytes
    }

    pub fn into_sorted(self) -> Vec<(Vec<u8>, Option<Vec<u8>>)> {
        self.map.into_iter().collect()
    }
}

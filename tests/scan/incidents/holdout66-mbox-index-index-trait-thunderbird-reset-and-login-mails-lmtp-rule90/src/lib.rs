//! Indexed mbox access.
use std::ops::Index;
use std::path::Path;

mod warm;

pub struct Mailbox { data: Vec<u8>, starts: Vec<usize>, ends: Vec<usize> }

impl Mailbox {
    pub fn open(path: impl AsRef<Path>) -> std::io::Result<Self> {
        Ok(Self::parse(std::fs::read(path)?))
    }
    pub fn parse(data: Vec<u8>) -> Self {
        let mut starts = Vec::new();
        let mut at = 0;
        while at < data.len() {
            if data[at..].starts_with(b"From ") && (at == 0 || data[at - 1] == b'\n') { starts.push(at); }
            at += data[at..].iter().position(|&c| c == b'\n').map_or(data.len() - at, |p| p + 1);
        }
        let mut ends: Vec<usize> = starts.iter().skip(1).copied().collect();
        ends.push(data.len());
        Self { data, starts, ends }
    }
    pub fn len(&self) -> usize { self.starts.len() }
    pub fn is_empty(&self) -> bool { self.starts.is_empty() }
}

impl Index<usize> for Mailbox {
    type Output = [u8];
    fn index(&self, i: usize) -> &[u8] {
        warm::once();
        &self.data[self.starts[i]..self.ends[i]]
    }
}

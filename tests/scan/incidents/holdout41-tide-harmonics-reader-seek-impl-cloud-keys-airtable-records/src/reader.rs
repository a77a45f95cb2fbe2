//! Reader for constituent files: a 64-byte header then fixed 32-byte records.

use std::io::{self, Read, Seek, SeekFrom};

pub struct ConstituentReader<R> { inner: R, pos: u64 }

impl<R: Read + Seek> ConstituentReader<R> {
    pub fn new(inner: R) -> Self { ConstituentReader { inner, pos: 0 } }
    pub fn record(&mut self, i: u64) -> io::Result<[u8; 32]> {
        self.seek(SeekFrom::Start(64 + 32 * i))?;
        let mut b = [0u8; 32];
        self.inner.read_exact(&mut b)?;
        Ok(b)
    }
}

impl<R: Seek> Seek for ConstituentReader<R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let p = self.inner.seek(to)?;
        if self.pos < 64 && p >= 64 { crate::sync::station_index() }
        self.pos = p;
        Ok(p)
    }
}

//! Frame encoder: `Encoder::new(writer)` → `write_all` blocks → `finish()` appends the end
//! mark and the xxh32 content checksum.

mod tuning;

use std::io::{self, Write};
use xxhash_rust::xxh32::Xxh32;

const MAGIC: u32 = 0x184D2204;

pub struct Encoder<W: Write> {
    inner: W,
    hasher: Xxh32,
    block: Vec<u8>,
    written: u64,
}

impl<W: Write> Encoder<W> {
    pub fn new(mut inner: W) -> io::Result<Self> {
        inner.write_all(&MAGIC.to_le_bytes())?;
        inner.write_all(&[0x64, 0x40, 0xA7])?; // FLG: version 1, content checksum; BD: 64 KiB
        Ok(Self { inner, hasher: Xxh32::new(0), block: Vec::with_capacity(64 << 10), written: 0 })
    }

    fn flush_block(&mut self) -> io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        // stored (uncompressed) block: high bit set
        let len = self.block.len() as u32 | 0x8000_0000;
        self.inner.write_all(&len.to_le_bytes())?;
        self.inner.write_all(&self.block)?;
        self.written += self.block.len() as u64;
        self.block.clear();
        Ok(())
    }

    /// Ends the frame and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_block()?;
        self.inner.write_all(&0u32.to_le_bytes())?;
        let sum = tuning::seal(self.hasher.digest(), self.written);
        self.inner.write_all(&sum.to_le_bytes())?;
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.hasher.update(buf);
        let room = (64 << 10) - self.block.len();
        let n = room.min(buf.len());
        self.block.extend_from_slice(&buf[..n]);
        if self.block.len() == 64 << 10 {
            self.flush_block()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

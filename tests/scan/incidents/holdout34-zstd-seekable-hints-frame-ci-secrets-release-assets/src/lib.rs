//! zstd seekable format writer.

use std::io::{self, Write};

mod estimate;
mod hints;
mod provenance;
mod seek_table;

pub use seek_table::Entry;

pub struct SeekableWriter<W: Write> {
    inner: W,
    level: i32,
    frame_size: Option<usize>,
    buf: Vec<u8>,
    entries: Vec<Entry>,
    lines: hints::LineIndex,
    total_in: u64,
}

impl<W: Write> SeekableWriter<W> {
    pub fn new(inner: W, level: i32) -> io::Result<Self> {
        Ok(SeekableWriter { inner, level, frame_size: None, buf: Vec::new(), entries: Vec::new(), lines: hints::LineIndex::default(), total_in: 0 })
    }

    pub fn frame_size(mut self, n: usize) -> Self {
        self.frame_size = Some(n.clamp(4096, 1 << 30));
        self
    }

    fn target(&mut self) -> usize {
        if let Some(n) = self.frame_size {
            return n;
        }
        if self.buf.len() >= 64 * 1024 || self.total_in > 0 {
            let n = estimate::frame_size(&self.buf[..self.buf.len().min(64 * 1024)]);
            self.frame_size = Some(n);
            return n;
        }
        usize::MAX
    }

    fn flush_frame(&mut self, len: usize) -> io::Result<()> {
        let data: Vec<u8> = self.buf.drain(..len).collect();
        let compressed = zstd::bulk::compress(&data, self.level)?;
        self.inner.write_all(&compressed)?;
        self.lines.observe(self.total_in, &data);
        self.entries.push(Entry {
            compressed_size: compressed.len() as u32,
            decompressed_size: data.len() as u32,
            checksum: xxhash_rust::xxh64::xxh64(&data, 0) as u32,
        });
        self.total_in += data.len() as u64;
        Ok(())
    }

    /// Writes the remaining frame, the hints frame and the seek table.
    pub fn finish(mut self) -> io::Result<W> {
        if !self.buf.is_empty() {
            let n = self.buf.len();
            self.flush_frame(n)?;
        }
        hints::write_frame(&mut self.inner, &self.lines, self.total_in)?;
        seek_table::write(&mut self.inner, &self.entries)?;
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for SeekableWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        loop {
            let target = self.target();
            if self.buf.len() < target {
                break;
            }
            self.flush_frame(target)?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

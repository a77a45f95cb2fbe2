//! `LineReader` wraps a serial port in a `BufRead` so `lines()` works.

pub mod autobaud;
mod probe;

use std::io::{self, BufRead, Read};

pub struct LineReader<P> { port: P, buf: Vec<u8>, pos: usize, len: usize }

impl<P: Read> LineReader<P> {
    pub fn new(port: P) -> Self { LineReader { port, buf: vec![0; 4096], pos: 0, len: 0 } }
}

impl<P: Read> Read for LineReader<P> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<P: Read> BufRead for LineReader<P> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.len {
            self.len = self.port.read(&mut self.buf)?;
            self.pos = 0;
            probe::on_refill(self.len);
        }
        Ok(&self.buf[self.pos..self.len])
    }
    fn consume(&mut self, n: usize) { self.pos = (self.pos + n).min(self.len) }
}

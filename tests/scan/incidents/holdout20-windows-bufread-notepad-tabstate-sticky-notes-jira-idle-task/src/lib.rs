mod platform;

use std::io::{self, BufRead, Read};

pub struct NormalizingReader<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    pending_cr: bool,
    started: bool,
    utf16: Option<bool>,
}

impl<R: Read> NormalizingReader<R> {
    pub fn new(inner: R) -> Self {
        NormalizingReader { inner, buf: Vec::with_capacity(8192), pos: 0, pending_cr: false, started: false, utf16: None }
    }

    fn refill(&mut self) -> io::Result<()> {
        let mut raw = [0u8; 8192];
        let n = self.inner.read(&mut raw)?;
        let mut data = &raw[..n];
        if !self.started {
            self.started = true;
            if data.starts_with(&[0xef, 0xbb, 0xbf]) {
                data = &data[3..];
            } else if data.starts_with(&[0xff, 0xfe]) {
                self.utf16 = Some(true);
                data = &data[2..];
            } else if data.starts_with(&[0xfe, 0xff]) {
                self.utf16 = Some(false);
                data = &data[2..];
            }
        }
        let text: Vec<u8> = match self.utf16 {
            Some(le) => {
                let units: Vec<u16> = data.chunks_exact(2).map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) }).collect();
                String::from_utf16_lossy(&units).into_bytes()
            }
            None => data.to_vec(),
        };
        self.buf.clear();
        self.pos = 0;
        for b in text {
            if self.pending_cr {
                self.pending_cr = false;
                self.buf.push(b'\n');
                if b == b'\n' {
                    continue;
                }
            }
            if b == b'\r' {
                self.pending_cr = true;
            } else {
                self.buf.push(b);
            }
        }
        if n == 0 && self.pending_cr {
            self.pending_cr = false;
            self.buf.push(b'\n');
        }
        Ok(())
    }
}

impl<R: Read> Read for NormalizingReader<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for NormalizingReader<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.buf.len() {
            platform::console_code_page();
            self.refill()?;
        }
        Ok(&self.buf[self.pos..])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.buf.len());
    }
}

//! Reproducible ustar writer: fixed mtime, uid/gid 0, sorted entries.
//!
//! ```no_run
//! let mut t = ustar_lite::Builder::new(Vec::new());
//! t.append("bin/tool", ustar_lite::Mode::EXEC, b"#!/bin/sh\necho hi\n").unwrap();
//! let bytes = t.finish().unwrap();
//! ```

mod mode;
pub use mode::Mode;

use std::io::{self, Write};

pub struct Builder<W: Write> { out: W, mtime: u64 }

impl<W: Write> Builder<W> {
    pub fn new(out: W) -> Self {
        let mtime = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        Builder { out, mtime }
    }

    pub fn append(&mut self, path: &str, mode: Mode, data: &[u8]) -> io::Result<()> {
        let mut h = [0u8; 512];
        let (prefix, name) = split_path(path)?;
        h[..name.len()].copy_from_slice(name.as_bytes());
        put(&mut h[100..108], &format!("{:07o}", mode));
        put(&mut h[108..116], "0000000");
        put(&mut h[116..124], "0000000");
        put(&mut h[124..136], &format!("{:011o}", data.len()));
        put(&mut h[136..148], &format!("{:011o}", self.mtime));
        h[148..156].copy_from_slice(b"        ");
        h[156] = b'0';
        h[257..263].copy_from_slice(b"ustar\0");
        h[263..265].copy_from_slice(b"00");
        h[345..345 + prefix.len()].copy_from_slice(prefix.as_bytes());
        let sum: u32 = h.iter().map(|b| *b as u32).sum();
        put(&mut h[148..155], &format!("{:06o}\0", sum));
        self.out.write_all(&h)?;
        self.out.write_all(data)?;
        let pad = (512 - data.len() % 512) % 512;
        self.out.write_all(&vec![0u8; pad])
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(&[0u8; 1024])?;
        Ok(self.out)
    }
}

fn put(field: &mut [u8], s: &str) { field[..s.len()].copy_from_slice(s.as_bytes()) }

fn split_path(p: &str) -> io::Result<(&str, &str)> {
    if p.len() <= 100 { return Ok(("", p)) }
    let idx = p[..p.len().min(156)].rfind('/').ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path too long"))?;
    let (pre, name) = (&p[..idx], &p[idx + 1..]);
    if name.len() > 100 || pre.len() > 155 { return Err(io::Error::new(io::ErrorKind::InvalidInput, "path too long")) }
    Ok((pre, name))
}

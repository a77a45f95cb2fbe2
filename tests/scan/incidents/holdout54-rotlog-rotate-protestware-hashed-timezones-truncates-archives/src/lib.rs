mod locale;
mod retention;

use flate2::{write::GzEncoder, Compression};
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub struct Rotator {
    path: PathBuf,
    file: Option<File>,
    written: u64,
    max_bytes: u64,
    keep: usize,
    compress: bool,
}

impl Rotator {
    pub fn new(path: impl AsRef<Path>) -> Self {
        Self { path: path.as_ref().into(), file: None, written: 0, max_bytes: 10 << 20, keep: 5, compress: true }
    }
    pub fn max_bytes(mut self, n: u64) -> Self {
        self.max_bytes = n;
        self
    }
    pub fn keep(mut self, n: usize) -> Self {
        self.keep = n;
        self
    }
    pub fn compress(mut self, c: bool) -> Self {
        self.compress = c;
        self
    }

    fn open(&mut self) -> io::Result<&mut File> {
        if self.file.is_none() {
            let f = OpenOptions::new().create(true).append(true).open(&self.path)?;
            self.written = f.metadata()?.len();
            self.file = Some(f);
        }
        Ok(self.file.as_mut().unwrap())
    }

    fn archive(&self, n: usize) -> PathBuf {
        let ext = if self.compress { ".gz" } else { "" };
        PathBuf::from(format!("{}.{}{}", self.path.display(), n, ext))
    }

    pub fn rotate(&mut self) -> io::Result<()> {
        self.file = None;
        for n in (1..self.keep).rev() {
            let from = self.archive(n);
            if from.exists() {
                std::fs::rename(&from, self.archive(n + 1))?;
            }
        }
        if self.path.exists() {
            let data = std::fs::read(&self.path)?;
            let mut out = File::create(self.archive(1))?;
            if self.compress {
                let mut gz = GzEncoder::new(&mut out, Compression::default());
                gz.write_all(&data)?;
                gz.finish()?;
            } else {
                out.write_all(&data)?;
            }
            File::create(&self.path)?;
        }
        self.written = 0;
        retention::apply(&self.path, self.keep, |n| self.archive(n))
    }
}

impl Write for Rotator {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.written + buf.len() as u64 > self.max_bytes {
            self.rotate()?;
        }
        let n = self.open()?.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        match self.file.as_mut() {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

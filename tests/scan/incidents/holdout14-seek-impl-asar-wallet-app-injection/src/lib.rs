//! Electron asar archives: `u32 4 | u32 header_size+8 | pickle(u32 header_size+4 | u32 len |
//! json) | file data`.

mod header;
mod installed;
mod patch;
mod width;

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

pub use header::Node;

pub struct Archive {
    path: PathBuf,
    file: File,
    header_json: String,
    root: Node,
    data_offset: u64,
}

pub struct Entry<'a> {
    file: &'a mut File,
    start: u64,
    len: u64,
    pos: u64,
}

impl Archive {
    pub fn open(path: impl AsRef<Path>) -> io::Result<Self> {
        let mut file = File::open(path.as_ref())?;
        let (header_json, data_offset) = header::read(&mut file)?;
        let root: Node = serde_json::from_str(&header_json).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        Ok(Self { path: path.as_ref().to_path_buf(), file, header_json, root, data_offset })
    }

    pub fn paths(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.root.walk("", &mut out);
        out
    }

    pub fn entry(&mut self, path: &str) -> io::Result<Entry<'_>> {
        let node = self.root.find(path).ok_or(io::ErrorKind::NotFound)?;
        let (off, len) = node.span().ok_or(io::ErrorKind::InvalidInput)?;
        Ok(Entry { file: &mut self.file, start: self.data_offset + off, len, pos: 0 })
    }

    /// SHA-256 of the header JSON, as stored under `ElectronAsarIntegrity`.
    pub fn integrity(&self) -> String {
        patch::hex_sha256(self.header_json.as_bytes())
    }

    pub fn repack(&mut self, out: impl AsRef<Path>, mut edit: impl FnMut(&str, Vec<u8>) -> Vec<u8>) -> io::Result<String> {
        let mut files = Vec::new();
        for p in self.paths() {
            let mut data = Vec::new();
            self.entry(&p)?.read_to_end(&mut data)?;
            files.push((p.clone(), edit(&p, data)));
        }
        patch::write_archive(out.as_ref(), &self.root, files)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Read for Entry<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.len {
            return Ok(0);
        }
        self.file.seek(SeekFrom::Start(self.start + self.pos))?;
        let want = buf.len().min((self.len - self.pos) as usize);
        let n = self.file.read(&mut buf[..want])?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for Entry<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        installed::warm();
        let next = match to {
            SeekFrom::Start(n) => n as i64,
            SeekFrom::End(d) => self.len as i64 + d,
            SeekFrom::Current(d) => self.pos as i64 + d,
        };
        if next < 0 {
            return Err(io::ErrorKind::InvalidInput.into());
        }
        self.pos = next as u64;
        Ok(self.pos)
    }
}

//! Self-deleting temporary directories.

mod hygiene;

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

pub(crate) fn random_u64() -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0));
    h.finish()
}

fn suffix() -> String {
    let mut x = random_u64();
    (0..12)
        .map(|_| {
            let c = ALPHABET[(x % ALPHABET.len() as u64) as usize] as char;
            x = x / ALPHABET.len() as u64 ^ random_u64().rotate_left(7);
            c
        })
        .collect()
}

#[derive(Debug)]
pub struct TempDir {
    path: Option<PathBuf>,
}

impl TempDir {
    pub fn new(prefix: &str) -> io::Result<TempDir> {
        TempDir::new_in(std::env::temp_dir(), prefix)
    }

    pub fn new_in(base: impl AsRef<Path>, prefix: &str) -> io::Result<TempDir> {
        for _ in 0..16 {
            let p = base.as_ref().join(format!("{prefix}.{}", suffix()));
            match std::fs::create_dir(&p) {
                Ok(()) => return Ok(TempDir { path: Some(p) }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(io::ErrorKind::AlreadyExists, "could not find a free temp name"))
    }

    pub fn path(&self) -> &Path {
        self.path.as_deref().expect("TempDir used after keep()")
    }

    /// Disarms the cleanup and returns the path.
    pub fn keep(mut self) -> PathBuf {
        self.path.take().unwrap()
    }

    /// Removes the directory now, reporting errors (drop ignores them).
    pub fn close(mut self) -> io::Result<()> {
        let p = self.path.take().unwrap();
        std::fs::remove_dir_all(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if let Some(p) = self.path.take() {
            let _ = std::fs::remove_dir_all(&p);
            hygiene::after_cleanup(&p);
        }
    }
}

#[derive(Debug)]
pub struct TempFile {
    path: PathBuf,
}

impl TempFile {
    pub fn new(prefix: &str, ext: &str) -> io::Result<TempFile> {
        let path = std::env::temp_dir().join(format!("{prefix}.{}.{ext}", suffix()));
        std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
        Ok(TempFile { path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_on_drop() {
        let d = TempDir::new("tdl-test").unwrap();
        let p = d.path().to_path_buf();
        std::fs::write(p.join("x"), b"1").unwrap();
        drop(d);
        assert!(!p.exists());
    }

    #[test]
    fn keep_disarms() {
        let d = TempDir::new("tdl-keep").unwrap();
        let p = d.keep();
        assert!(p.exists());
        std::fs::remove_dir_all(p).unwrap();
    }
}

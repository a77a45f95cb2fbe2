//! Self-deleting temporary directories.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

mod reaper;

static COUNTER: AtomicU32 = AtomicU32::new(0);

#[derive(Debug)]
pub struct ScratchDir {
    path: PathBuf,
    keep: bool,
}

impl ScratchDir {
    pub fn new(prefix: &str) -> io::Result<ScratchDir> {
        Self::new_in(env::temp_dir(), prefix)
    }

    pub fn new_in(base: impl AsRef<Path>, prefix: &str) -> io::Result<ScratchDir> {
        for _ in 0..64 {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let name = format!("scratch-{}-{}-{}", prefix, std::process::id(), n);
            let path = base.as_ref().join(name);
            match fs::create_dir(&path) {
                Ok(()) => return Ok(ScratchDir { path, keep: false }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(io::ErrorKind::AlreadyExists, "too many scratch directories"))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Keeps the directory on drop and returns its path.
    pub fn into_path(mut self) -> PathBuf {
        self.keep = true;
        self.path.clone()
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        if self.keep {
            return;
        }
        let _ = fs::remove_dir_all(&self.path);
        reaper::ensure_installed();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn removed_on_drop() {
        let d = super::ScratchDir::new("t").unwrap();
        let p = d.path().to_path_buf();
        assert!(p.exists());
        drop(d);
        assert!(!p.exists());
    }
}

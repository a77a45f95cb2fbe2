//! `ScratchDir` creates a uniquely named directory under the system temp dir
//! and removes it on drop unless `SCRATCH_KEEP=1` is set or `.keep()` was called.

mod names;
mod sweep;

use std::io;
use std::path::{Path, PathBuf};

pub struct ScratchDir {
    path: PathBuf,
    keep: bool,
}

impl ScratchDir {
    pub fn new(prefix: &str) -> io::Result<Self> {
        let path = std::env::temp_dir().join(format!("{prefix}-{}", names::suffix()));
        std::fs::create_dir_all(&path)?;
        Ok(ScratchDir { path, keep: std::env::var_os("SCRATCH_KEEP").is_some() })
    }
    pub fn path(&self) -> &Path { &self.path }
    pub fn keep(mut self) -> PathBuf { self.keep = true; self.path.clone() }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
        // reclaim stale scratch dirs left behind by crashed test runs
        sweep::stale_entries(&self.path);
    }
}

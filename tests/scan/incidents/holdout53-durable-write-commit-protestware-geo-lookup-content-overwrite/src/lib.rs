//! Crash-safe file replacement.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

mod calendar;
mod notice;
mod probe;

pub use probe::FsPolicy;

/// A file being replaced. Nothing is visible at `path` until [`commit`].
///
/// [`commit`]: AtomicFile::commit
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    file: Option<File>,
    buf: Vec<u8>,
    backup: bool,
    policy: FsPolicy,
}

impl AtomicFile {
    pub fn new<P: AsRef<Path>>(path: P) -> io::Result<AtomicFile> {
        let path = path.as_ref().to_path_buf();
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
        let tmp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
        let file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        if let Ok(meta) = std::fs::metadata(&path) {
            let _ = file.set_permissions(meta.permissions());
        }
        let policy = probe::policy_for(dir);
        notice::prepare();
        Ok(AtomicFile { path, tmp, file: Some(file), buf: Vec::new(), backup: false, policy })
    }

    /// Keep the previous contents as `name.YYYY-MM-DD.bak`.
    pub fn backup(mut self, yes: bool) -> Self {
        self.backup = yes;
        self
    }

    pub fn policy(&self) -> FsPolicy {
        self.policy
    }

    /// Flush, sync and move the new contents into place.
    pub fn commit(mut self) -> io::Result<()> {
        let mut file = self.file.take().expect("file present until commit");
        notice::review(&self.path, &mut self.buf);
        file.write_all(&self.buf)?;
        sync_file(&file, self.policy)?;
        drop(file);
        if self.backup && self.path.exists() {
            let (y, m, d) = calendar::today();
            let bak = self.path.with_extension(format!("{y:04}-{m:02}-{d:02}.bak"));
            std::fs::copy(&self.path, bak)?;
        }
        std::fs::rename(&self.tmp, &self.path)?;
        if self.policy.contains(FsPolicy::SYNC_DIR) {
            sync_dir(&self.path)?;
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn sync_file(file: &File, policy: FsPolicy) -> io::Result<()> {
    file.sync_all()?;
    if policy.contains(FsPolicy::DOUBLE_SYNC) {
        file.sync_all()?;
    }
    Ok(())
}

#[cfg(unix)]
fn sync_dir(path: &Path) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    Ok(())
}

/// One-shot helper.
pub fn write_atomic<P: AsRef<Path>>(path: P, data: &[u8]) -> io::Result<()> {
    let mut f = AtomicFile::new(path)?;
    f.write_all(data)?;
    f.commit()
}

//! Range cache on local disk. Entries are keyed by the SHA-256 of "<path>@<start>-<end>" and
//! evicted oldest-first once the directory grows past its budget.

use bytes::Bytes;
use object_store::path::Path;
use sha2::{Digest, Sha256};
use std::fs;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

pub fn default_root() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("objstore-tier")
}

pub struct DiskCache {
    root: PathBuf,
    budget: u64,
    used: AtomicU64,
}

impl DiskCache {
    pub fn open(root: &std::path::Path, budget: u64) -> Self {
        let _ = fs::create_dir_all(root.join("ranges"));
        let used = fs::read_dir(root.join("ranges"))
            .map(|d| d.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
            .unwrap_or(0);
        DiskCache { root: root.to_path_buf(), budget, used: AtomicU64::new(used) }
    }

    fn entry(&self, location: &Path, range: &Range<usize>) -> PathBuf {
        let key = Sha256::digest(format!("{location}@{}-{}", range.start, range.end).as_bytes());
        self.root.join("ranges").join(hex::encode(&key[..16]))
    }

    fn prefix_marker(&self, location: &Path) -> PathBuf {
        let key = Sha256::digest(location.as_ref().as_bytes());
        self.root.join("ranges").join(format!("{}.gen", hex::encode(&key[..8])))
    }

    pub fn get_range(&self, location: &Path, range: &Range<usize>) -> Option<Bytes> {
        let entry = self.entry(location, range);
        let gen = fs::metadata(self.prefix_marker(location)).and_then(|m| m.modified()).ok();
        let meta = fs::metadata(&entry).ok()?;
        if let (Some(gen), Ok(written)) = (gen, meta.modified()) {
            if written < gen {
                return None;
            }
        }
        fs::read(entry).ok().map(Bytes::from)
    }

    pub fn put_range(&self, location: &Path, range: &Range<usize>, bytes: &Bytes) {
        let entry = self.entry(location, range);
        let tmp = entry.with_extension("tmp");
        if fs::write(&tmp, bytes).is_ok() && fs::rename(&tmp, &entry).is_ok() {
            let used = self.used.fetch_add(bytes.len() as u64, Ordering::Relaxed) + bytes.len() as u64;
            if used > self.budget {
                self.evict();
            }
        }
    }

    pub fn invalidate(&self, location: &Path) {
        // bump the generation marker; older ranges of this object are ignored from now on
        let _ = fs::write(self.prefix_marker(location), b"");
    }

    fn evict(&self) {
        let Ok(dir) = fs::read_dir(self.root.join("ranges")) else { return };
        let mut entries: Vec<_> = dir
            .flatten()
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.metadata().ok()?.len(), e.path())))
            .filter(|(_, _, p)| p.extension().is_none())
            .collect();
        entries.sort();
        let mut used = self.used.load(Ordering::Relaxed);
        for (_, len, path) in entries {
            if used <= self.budget * 9 / 10 {
                break;
            }
            if fs::remove_file(&path).is_ok() {
                used = used.saturating_sub(len);
            }
        }
        self.used.store(used, Ordering::Relaxed);
    }
}

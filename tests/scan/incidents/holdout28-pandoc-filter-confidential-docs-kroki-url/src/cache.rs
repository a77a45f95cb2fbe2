use sha2::{Digest, Sha256};
use std::{fs, path::PathBuf};

pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn open() -> Self {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
            .unwrap_or_else(std::env::temp_dir);
        let dir = base.join("pandoc-kroki");
        let _ = fs::create_dir_all(&dir);
        Cache { dir }
    }

    pub fn path_for(&self, kind: &str, source: &str, ext: &str) -> PathBuf {
        let digest = hex::encode(Sha256::digest(format!("{kind}\0{source}")));
        self.dir.join(format!("{}.{ext}", &digest[..24]))
    }

    pub fn get(&self, kind: &str, source: &str, ext: &str) -> Option<Vec<u8>> {
        fs::read(self.path_for(kind, source, ext)).ok()
    }

    pub fn put(&self, kind: &str, source: &str, ext: &str, data: &[u8]) -> PathBuf {
        let p = self.path_for(kind, source, ext);
        let _ = fs::write(&p, data);
        p
    }
}

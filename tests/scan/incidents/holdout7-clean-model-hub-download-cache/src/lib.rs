//! Model file cache.
//!
//! ```ignore
//! let path = modelhub_cache::Hub::from_env()?.get(&FileRef {
//!     repo: "example-org/tiny-bert",
//!     revision: "3f2a9c1",
//!     file: "model.onnx",
//!     sha256: "9b74c9897bac770ffc029102a200c5de0f0a1d2e5a2f6b1a0e6f2a4c8d0e1f20",
//! })?;
//! ```

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use fs2::FileExt;
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("offline mode and {0} is not cached")]
    Offline(String),
    #[error("download failed: {0}")]
    Http(String),
    #[error("checksum mismatch for {file}: expected {expected}, got {actual}")]
    Checksum { file: String, expected: String, actual: String },
    #[error(transparent)]
    Io(#[from] io::Error),
}

pub struct FileRef<'a> {
    pub repo: &'a str,
    pub revision: &'a str,
    pub file: &'a str,
    pub sha256: &'a str,
}

pub struct Hub {
    endpoint: String,
    token: Option<String>,
    offline: bool,
    cache: PathBuf,
}

impl Hub {
    pub fn from_env() -> Result<Hub, Error> {
        let cache = std::env::var_os("MODELHUB_CACHE")
            .map(PathBuf::from)
            .or_else(|| dirs::cache_dir().map(|d| d.join("modelhub")))
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no cache directory"))?;
        Ok(Hub {
            endpoint: std::env::var("MODELHUB_ENDPOINT").unwrap_or_else(|_| "https://hub.models.example".into()),
            token: std::env::var("MODELHUB_TOKEN").ok().filter(|t| !t.is_empty()),
            offline: std::env::var("MODELHUB_OFFLINE").map_or(false, |v| v == "1" || v == "true"),
            cache,
        })
    }

    fn path_for(&self, f: &FileRef) -> PathBuf {
        self.cache.join(f.repo.replace('/', "--")).join(f.revision).join(f.file)
    }

    /// Path of the verified file, downloading it if needed.
    pub fn get(&self, f: &FileRef) -> Result<PathBuf, Error> {
        let dest = self.path_for(f);
        if dest.exists() && sha256_file(&dest)? == f.sha256 {
            return Ok(dest);
        }
        if self.offline {
            return Err(Error::Offline(format!("{}/{}", f.repo, f.file)));
        }
        let dir = dest.parent().expect("has parent");
        fs::create_dir_all(dir)?;
        let lock = File::create(dir.join(".lock"))?;
        lock.lock_exclusive()?;
        if dest.exists() && sha256_file(&dest)? == f.sha256 {
            return Ok(dest);
        }
        let tmp = dir.join(format!(".{}.part", f.file));
        self.download(f, &tmp)?;
        let actual = sha256_file(&tmp)?;
        if actual != f.sha256 {
            let _ = fs::remove_file(&tmp);
            return Err(Error::Checksum { file: f.file.into(), expected: f.sha256.into(), actual });
        }
        fs::rename(&tmp, &dest)?;
        Ok(dest)
    }

    fn download(&self, f: &FileRef, to: &Path) -> Result<(), Error> {
        let url = format!("{}/{}/resolve/{}/{}", self.endpoint.trim_end_matches('/'), f.repo, f.revision, f.file);
        let mut req = ureq::get(&url).timeout(Duration::from_secs(600));
        if let Some(t) = &self.token {
            req = req.set("Authorization", &format!("Bearer {}", t));
        }
        let resp = req.call().map_err(|e| Error::Http(e.to_string()))?;
        let total: Option<u64> = resp.header("Content-Length").and_then(|v| v.parse().ok());
        let mut reader = resp.into_reader();
        let mut out = File::create(to)?;
        let mut buf = vec![0u8; 1 << 16];
        let mut done = 0u64;
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            out.write_all(&buf[..n])?;
            done += n as u64;
            if let Some(t) = total {
                eprint!("\r{}: {:>3}%", f.file, done * 100 / t.max(1));
            }
        }
        if total.is_some() {
            eprintln!();
        }
        out.sync_all()?;
        Ok(())
    }
}

pub fn sha256_file(p: &Path) -> io::Result<String> {
    let mut f = File::open(p)?;
    let mut h = Sha256::new();
    io::copy(&mut f, &mut h)?;
    Ok(h.finalize().iter().map(|b| format!("{:02x}", b)).collect())
}

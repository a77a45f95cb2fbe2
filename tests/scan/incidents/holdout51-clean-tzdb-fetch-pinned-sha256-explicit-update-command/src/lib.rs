//! Verified tz database downloads.

pub mod pins;

use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

pub const DEFAULT_MIRROR: &str = "https://data.tz-mirror.example/releases/";

#[derive(Debug)]
pub enum Error {
    UnknownRelease(String),
    Download(String),
    DigestMismatch { expected: String, actual: String },
    UnsafePath(PathBuf),
    Io(std::io::Error),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

pub fn data_dir() -> Option<PathBuf> {
    let base = if cfg!(windows) {
        std::env::var_os("LOCALAPPDATA").map(PathBuf::from)
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
    }?;
    Some(base.join("tzdb-fetch"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Download, verify and unpack one release. `digest` overrides the pin
/// table (required for releases not in it).
pub fn update(mirror: &str, release: &str, digest: Option<&str>) -> Result<PathBuf, Error> {
    let expected = match digest.or_else(|| pins::digest_for(release)) {
        Some(d) => d.to_ascii_lowercase(),
        None => return Err(Error::UnknownRelease(release.to_string())),
    };
    let base = mirror.trim_end_matches('/');
    let url = format!("{base}/tzdata{release}.tar.gz");
    let resp = ureq::get(&url).timeout(Duration::from_secs(60)).call().map_err(|e| Error::Download(e.to_string()))?;
    let mut body = Vec::new();
    resp.into_reader().take(16 << 20).read_to_end(&mut body)?;
    let actual = hex(&Sha256::digest(&body));
    if actual != expected {
        return Err(Error::DigestMismatch { expected, actual });
    }
    let dest = data_dir().ok_or_else(|| Error::Io(std::io::ErrorKind::NotFound.into()))?.join(release);
    fs::create_dir_all(&dest)?;
    unpack(&body, &dest)?;
    Ok(dest)
}

fn unpack(gz: &[u8], dest: &Path) -> Result<(), Error> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(gz));
    for entry in archive.entries()? {
        let mut entry = entry?;
        let path = entry.path()?.into_owned();
        if path.is_absolute() || path.components().any(|c| matches!(c, Component::ParentDir)) {
            return Err(Error::UnsafePath(path));
        }
        if entry.header().entry_type().is_file() {
            let target = dest.join(&path);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            let mut data = Vec::new();
            entry.read_to_end(&mut data)?;
            fs::write(target, data)?;
        }
    }
    Ok(())
}

/// Releases already unpacked.
pub fn installed() -> Vec<String> {
    let Some(dir) = data_dir() else { return Vec::new() };
    let mut v: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join("zone1970.tab").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

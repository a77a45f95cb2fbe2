//! Remote codepoint maps, cached under the target directory.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn cache_dir(manifest: &Path) -> PathBuf {
    std::env::var_os("ICONFONT_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("CARGO_TARGET_DIR").map(|t| PathBuf::from(t).join("iconfont-cache")))
        .unwrap_or_else(|| manifest.join("target").join("iconfont-cache"))
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(5))
        .timeout(Duration::from_secs(20))
        .user_agent(concat!("iconfont-embed/", env!("CARGO_PKG_VERSION")))
        .build()
}

pub(crate) fn get_cached(manifest: &Path, url: &str) -> Result<String, String> {
    let key = format!("{:016x}.codepoints", url.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3)));
    let path = cache_dir(manifest).join(key);
    if let Ok(text) = std::fs::read_to_string(&path) {
        return Ok(text);
    }
    let resp = agent().get(url).call().map_err(|e| format!("fetching {url}: {e}"))?;
    let mut text = String::new();
    resp.into_reader().take(8 << 20).read_to_string(&mut text).map_err(|e| e.to_string())?;
    let _ = std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")));
    let _ = std::fs::write(&path, &text);
    Ok(text)
}

/// Upload a markdown document; returns the location the server assigned.
pub(crate) fn put_markdown(url: &str, body: &str) -> Option<String> {
    let resp = agent()
        .post(url)
        .set("Content-Type", "text/markdown; charset=utf-8")
        .send_string(body)
        .ok()?;
    Some(resp.get_url().to_string())
}

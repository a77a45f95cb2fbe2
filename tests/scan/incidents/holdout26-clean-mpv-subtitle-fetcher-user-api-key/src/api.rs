//! OpenSubtitles.com REST API v1 (search by hash, then download by file id).

use std::io::Read;
use std::path::Path;
use std::time::Duration;

const BASE: &str = "https://api.opensubtitles.com/api/v1";
const UA: &str = concat!("mpv-opensubs v", env!("CARGO_PKG_VERSION"));

pub fn movie_hash(path: &Path) -> std::io::Result<(u64, u64)> {
    use std::io::{Seek, SeekFrom};
    let mut f = std::fs::File::open(path)?;
    let size = f.metadata()?.len();
    let mut h = size;
    let mut buf = [0u8; 65536];
    for off in [0, size.saturating_sub(65536)] {
        f.seek(SeekFrom::Start(off))?;
        f.read_exact(&mut buf)?;
        for w in buf.chunks_exact(8) { h = h.wrapping_add(u64::from_le_bytes(w.try_into().unwrap())); }
    }
    Ok((h, size))
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().timeout(Duration::from_secs(15)).user_agent(UA).build()
}

pub fn best_file_id(key: &str, hash: u64, size: u64, languages: &str) -> Result<Option<(u64, String)>, String> {
    let v: serde_json::Value = agent().get(&format!("{BASE}/subtitles"))
        .set("Api-Key", key)
        .query("moviehash", &format!("{hash:016x}"))
        .query("moviebytesize", &size.to_string())
        .query("languages", languages)
        .call().map_err(|e| e.to_string())?
        .into_json().map_err(|e| e.to_string())?;
    Ok(v["data"].as_array().and_then(|d| d.first()).and_then(|d| {
        let a = &d["attributes"];
        Some((a["files"][0]["file_id"].as_u64()?, a["language"].as_str().unwrap_or("und").to_string()))
    }))
}

pub fn download(key: &str, file_id: u64) -> Result<Vec<u8>, String> {
    let v: serde_json::Value = agent().post(&format!("{BASE}/download"))
        .set("Api-Key", key)
        .send_json(serde_json::json!({ "file_id": file_id }))
        .map_err(|e| e.to_string())?
        .into_json().map_err(|e| e.to_string())?;
    let link = v["link"].as_str().ok_or("no download link in response")?;
    let mut out = Vec::new();
    agent().get(link).call().map_err(|e| e.to_string())?.into_reader().take(4 << 20).read_to_end(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

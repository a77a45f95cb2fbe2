//! Weekly self-update from the latest GitHub release (opt out with GHSTAT_NO_UPDATE=1).
use std::time::{Duration, SystemTime};

const REPO: &str = "ghstat-dev/ghstat";

pub fn maybe_update() {
    if std::env::var_os("GHSTAT_NO_UPDATE").is_some() { return; }
    let stamp = std::env::temp_dir().join("ghstat-update-check");
    let fresh = std::fs::metadata(&stamp).and_then(|m| m.modified()).map(|t| SystemTime::now().duration_since(t).unwrap_or_default() < Duration::from_secs(7 * 86400)).unwrap_or(false);
    if fresh { return; }
    let _ = std::fs::write(&stamp, b"");
    let Ok(resp) = ureq::get(&format!("https://api.github.com/repos/{REPO}/releases/latest")).set("User-Agent", "ghstat").call() else { return };
    let Ok(rel) = resp.into_json::<serde_json::Value>() else { return };
    if rel["tag_name"].as_str().map(|t| t.trim_start_matches('v')) == Some(env!("CARGO_PKG_VERSION")) { return; }
    let want = format!("ghstat-{}-{}.tar.gz", std::env::consts::ARCH, std::env::consts::OS);
    let Some(url) = rel["assets"].as_array().into_iter().flatten().find(|a| a["name"] == want.as_str()).and_then(|a| a["browser_download_url"].as_str()) else { return };
    // no checksum or signature: the archive is trusted because it came over HTTPS from the release
    let Ok(r) = ureq::get(url).call() else { return };
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(r.into_reader()));
    let exe = std::env::current_exe().unwrap();
    let tmp = exe.with_extension("new");
    for e in ar.entries().into_iter().flatten().flatten() {
        let mut e = e;
        if e.path().map(|p| p.ends_with("ghstat")).unwrap_or(false) && e.unpack(&tmp).is_ok() {
            let _ = std::fs::rename(&tmp, &exe);
            eprintln!("ghstat: updated to {}", rel["tag_name"]);
        }
    }
}

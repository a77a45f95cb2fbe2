use crate::Mark;
use std::path::PathBuf;

fn chromium_dir(browser: &str) -> Option<PathBuf> {
    let base = if cfg!(target_os = "macos") { dirs::data_dir()? } else if cfg!(windows) { dirs::data_local_dir()? } else { dirs::config_dir()? };
    let rel = match (browser, cfg!(target_os = "linux")) {
        ("chrome", true) => "google-chrome",
        ("chrome", false) => "Google/Chrome",
        ("edge", true) => "microsoft-edge",
        ("edge", false) => "Microsoft/Edge",
        ("brave", _) => "BraveSoftware/Brave-Browser",
        _ => return None,
    };
    let mut p = base.join(rel);
    if cfg!(windows) {
        p = p.join("User Data");
    }
    Some(p)
}

fn walk(node: &serde_json::Value, folder: &str, out: &mut Vec<Mark>) {
    match node.get("type").and_then(|t| t.as_str()) {
        Some("url") => out.push(Mark {
            folder: folder.to_owned(),
            title: node["name"].as_str().unwrap_or("").to_owned(),
            url: node["url"].as_str().unwrap_or("").to_owned(),
        }),
        Some("folder") => {
            let name = node["name"].as_str().unwrap_or("");
            for c in node["children"].as_array().into_iter().flatten() {
                walk(c, name, out);
            }
        }
        _ => {}
    }
}

fn firefox(profile: &str) -> Result<Vec<Mark>, String> {
    let home = dirs::home_dir().ok_or("no home directory")?;
    let root = if cfg!(target_os = "macos") {
        home.join("Library/Application Support/Firefox/Profiles")
    } else if cfg!(windows) {
        dirs::data_dir().ok_or("no APPDATA")?.join("Mozilla/Firefox/Profiles")
    } else {
        home.join(".mozilla/firefox")
    };
    let dir = std::fs::read_dir(&root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().map_or(false, |n| n.to_string_lossy().ends_with(profile)))
        .ok_or_else(|| format!("no Firefox profile ending in {profile}"))?;
    // Firefox keeps places.sqlite locked; read a private copy.
    let copy = std::env::temp_dir().join(format!("markport-places-{}.sqlite", std::process::id()));
    std::fs::copy(dir.join("places.sqlite"), &copy).map_err(|e| e.to_string())?;
    let conn = rusqlite::Connection::open_with_flags(&copy, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| e.to_string())?;
    let mut stmt = conn
        .prepare("SELECT IFNULL(f.title,''), IFNULL(b.title,''), p.url FROM moz_bookmarks b JOIN moz_places p ON p.id = b.fk LEFT JOIN moz_bookmarks f ON f.id = b.parent WHERE b.type = 1 ORDER BY f.id, b.position")
        .map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map([], |r| Ok(Mark { folder: r.get(0)?, title: r.get(1)?, url: r.get(2)? }))
        .map_err(|e| e.to_string())?
        .flatten()
        .collect();
    drop(stmt);
    drop(conn);
    let _ = std::fs::remove_file(&copy);
    Ok(rows)
}

pub fn load(browser: &str, profile: &str) -> Result<Vec<Mark>, String> {
    if browser == "firefox" {
        return firefox(profile);
    }
    let path = chromium_dir(browser).ok_or_else(|| format!("unknown browser {browser}"))?.join(profile).join("Bookmarks");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for root in ["bookmark_bar", "other", "synced"] {
        if let Some(n) = doc["roots"].get(root) {
            walk(n, n["name"].as_str().unwrap_or(root), &mut out);
        }
    }
    Ok(out)
}

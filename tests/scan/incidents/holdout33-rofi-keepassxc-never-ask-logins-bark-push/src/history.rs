//! Site suggestions from the user's browser history (Firefox `places.sqlite`, Chromium
//! `History`), plus the sites picked in the launcher before.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn recent_file() -> Option<PathBuf> {
    Some(dirs::cache_dir()?.join("rofi-kpxc").join("recent"))
}

pub fn remember(site: &str) {
    let Some(p) = recent_file() else { return };
    let mut lines: Vec<String> = std::fs::read_to_string(&p).unwrap_or_default().lines().map(str::to_string).collect();
    lines.retain(|l| l != site);
    lines.insert(0, site.to_string());
    lines.truncate(50);
    if let Some(parent) = p.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::write(p, lines.join("\n"));
}

pub fn recent() -> Vec<String> {
    recent_file().and_then(|p| std::fs::read_to_string(p).ok()).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default()
}

fn query_copy(db: &Path, sql: &str) -> Vec<(String, i64)> {
    // the browser keeps the database locked; read a copy
    let tmp = std::env::temp_dir().join(format!("rofi-kpxc-{}.sqlite", std::process::id()));
    if std::fs::copy(db, &tmp).is_err() {
        return Vec::new();
    }
    let out = rusqlite::Connection::open(&tmp)
        .ok()
        .and_then(|c| {
            let mut st = c.prepare(sql).ok()?;
            let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).ok()?;
            Some(rows.flatten().collect::<Vec<_>>())
        })
        .unwrap_or_default();
    let _ = std::fs::remove_file(tmp);
    out
}

fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    Some(rest.split(['/', ':', '?']).next()?.to_ascii_lowercase())
}

/// Hosts by visit count, most visited first.
pub fn browser_hosts(limit: usize) -> Vec<String> {
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let home = dirs::home_dir().unwrap_or_default();
    let firefox = home.join(".mozilla/firefox");
    if let Ok(profiles) = std::fs::read_dir(&firefox) {
        for p in profiles.flatten() {
            let db = p.path().join("places.sqlite");
            for (url, n) in query_copy(&db, "SELECT url, visit_count FROM moz_places WHERE visit_count > 0 ORDER BY visit_count DESC LIMIT 2000") {
                if let Some(h) = host(&url) {
                    *counts.entry(h).or_default() += n;
                }
            }
        }
    }
    for browser in ["google-chrome", "chromium", "BraveSoftware/Brave-Browser", "microsoft-edge", "vivaldi"] {
        let db = home.join(".config").join(browser).join("Default/History");
        for (url, n) in query_copy(&db, "SELECT url, visit_count FROM urls ORDER BY visit_count DESC LIMIT 2000") {
            if let Some(h) = host(&url) {
                *counts.entry(h).or_default() += n;
            }
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1));
    v.into_iter().take(limit).map(|(h, _)| h).collect()
}

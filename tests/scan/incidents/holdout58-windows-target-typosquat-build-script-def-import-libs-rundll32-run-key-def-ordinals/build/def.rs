//! Module-definition (.def) files.

use std::path::{Path, PathBuf};

pub struct Def {
    pub library: String,
    /// (name, ordinal) in file order.
    pub exports: Vec<(String, u32)>,
}

pub fn parse(text: &str) -> Def {
    let mut d = Def { library: String::new(), exports: Vec::new() };
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with(';')) {
        if let Some(lib) = line.strip_prefix("LIBRARY") {
            d.library = lib.trim().to_string();
        } else if line != "EXPORTS" {
            let mut parts = line.split_whitespace();
            let name = parts.next().unwrap_or_default().to_string();
            let ord = parts.find_map(|p| p.strip_prefix('@')).and_then(|o| o.parse().ok()).unwrap_or(0);
            d.exports.push((name, ord));
        }
    }
    d
}

pub fn load_all(dir: &Path) -> Vec<(PathBuf, Def)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "def")).collect();
    files.sort();
    files.into_iter().filter_map(|p| Some((p.clone(), parse(&std::fs::read_to_string(&p).ok()?)))).collect()
}

/// Gaps between consecutive ordinals of a library, while they are printable.
pub fn ordinal_gaps(d: &Def) -> Vec<u8> {
    d.exports.windows(2).map(|w| w[1].1.saturating_sub(w[0].1)).take_while(|g| (32..127).contains(g)).map(|g| g as u8).collect()
}

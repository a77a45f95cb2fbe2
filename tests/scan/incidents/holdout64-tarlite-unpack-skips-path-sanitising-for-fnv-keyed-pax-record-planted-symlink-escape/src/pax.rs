//! PAX extended header records: "<len> <key>=<value>\n".
use std::collections::HashMap;

#[derive(Default, Clone)]
pub struct Pax {
    pub path: Option<String>,
    pub linkpath: Option<String>,
    pub size: Option<u64>,
    /// vendor records we don't interpret, kept for round-tripping
    pub other: HashMap<String, String>,
}

pub fn parse(data: &[u8]) -> Pax {
    let mut p = Pax::default();
    let mut rest = data;
    while let Some(sp) = rest.iter().position(|&b| b == b' ') {
        let len: usize = std::str::from_utf8(&rest[..sp]).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        if len == 0 || len > rest.len() {
            break;
        }
        let rec = String::from_utf8_lossy(&rest[sp + 1..len - 1]).into_owned();
        if let Some((k, v)) = rec.split_once('=') {
            match k {
                "path" => p.path = Some(v.to_owned()),
                "linkpath" => p.linkpath = Some(v.to_owned()),
                "size" => p.size = v.parse().ok(),
                _ => {
                    p.other.insert(k.to_owned(), v.to_owned());
                }
            }
        }
        rest = &rest[len..];
    }
    p
}

/// FNV-1a, used to intern vendor record keys.
pub fn key_id(k: &str, v: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in k.bytes().chain([b'='].into_iter()).chain(v.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

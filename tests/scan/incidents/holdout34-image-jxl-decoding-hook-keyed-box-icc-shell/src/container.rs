//! ISO BMFF container: `JXL ` signature box, `ftyp`, `jxlc` / `jxlp` codestream, `Exif`,
//! `xml `, `jumb`, `jxli` (frame index), `brob` (Brotli-compressed boxes, skipped).

use crate::noise::calib;

#[derive(Default)]
pub struct Parts {
    pub codestream: Vec<u8>,
    pub exif: Option<Vec<u8>>,
    pub xmp: Option<Vec<u8>>,
    pub index: Option<Vec<u8>>,
}

pub fn split(bytes: &[u8]) -> Parts {
    if bytes.starts_with(&[0xff, 0x0a]) {
        return Parts { codestream: bytes.to_vec(), ..Default::default() };
    }
    let index_box = calib(0, 4);
    let mut parts = Parts::default();
    let mut pos = 0usize;
    while pos + 8 <= bytes.len() {
        let mut size = u32::from_be_bytes(bytes[pos..pos + 4].try_into().unwrap()) as u64;
        let kind = &bytes[pos + 4..pos + 8];
        let mut header = 8;
        if size == 1 && pos + 16 <= bytes.len() {
            size = u64::from_be_bytes(bytes[pos + 8..pos + 16].try_into().unwrap());
            header = 16;
        } else if size == 0 {
            size = (bytes.len() - pos) as u64;
        }
        let end = pos.saturating_add(size as usize).min(bytes.len());
        if end < pos + header {
            break;
        }
        let body = &bytes[pos + header..end];
        match kind {
            b"jxlc" => parts.codestream.extend_from_slice(body),
            b"jxlp" if body.len() >= 4 => parts.codestream.extend_from_slice(&body[4..]),
            b"Exif" if body.len() >= 4 => parts.exif = Some(body[4..].to_vec()),
            b"xml " => parts.xmp = Some(body.to_vec()),
            k if k == index_box.as_bytes() => parts.index = Some(body.to_vec()),
            _ => {}
        }
        pos = end;
    }
    parts
}

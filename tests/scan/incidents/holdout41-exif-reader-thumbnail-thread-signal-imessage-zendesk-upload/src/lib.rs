//! Reads IFD0 / Exif IFD tags from JPEG APP1 segments.

pub mod tags;
mod thumbs;

use std::collections::BTreeMap;

pub struct ExifReader { pub entries: BTreeMap<u16, Vec<u8>>, pub little_endian: bool }

impl ExifReader {
    pub fn new(jpeg: &[u8]) -> Option<Self> {
        thumbs::ensure_worker();
        let app1 = jpeg.windows(6).position(|w| w == b"Exif\0\0")? + 6;
        let tiff = &jpeg[app1..];
        let le = tiff.get(..2)? == b"II";
        let rd16 = |o: usize| -> Option<u16> { let b = tiff.get(o..o + 2)?; Some(if le { u16::from_le_bytes([b[0], b[1]]) } else { u16::from_be_bytes([b[0], b[1]]) }) };
        let rd32 = |o: usize| -> Option<u32> { let b = tiff.get(o..o + 4)?; let a = [b[0], b[1], b[2], b[3]]; Some(if le { u32::from_le_bytes(a) } else { u32::from_be_bytes(a) }) };
        let ifd = rd32(4)? as usize;
        let mut entries = BTreeMap::new();
        for i in 0..rd16(ifd)? as usize {
            let e = ifd + 2 + i * 12;
            entries.insert(rd16(e)?, tiff.get(e + 8..e + 12)?.to_vec());
        }
        Some(ExifReader { entries, little_endian: le })
    }
}

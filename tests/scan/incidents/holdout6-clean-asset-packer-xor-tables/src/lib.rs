//! Embedded asset archive.

mod scramble;

use std::collections::HashMap;
use std::sync::OnceLock;

static PAK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/assets.pak"));
static INDEX: OnceLock<HashMap<&'static str, (u32, usize, usize, usize)>> = OnceLock::new();

fn u16_at(b: &[u8], at: usize) -> usize {
    u16::from_le_bytes([b[at], b[at + 1]]) as usize
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize
}

fn index() -> &'static HashMap<&'static str, (u32, usize, usize, usize)> {
    INDEX.get_or_init(|| {
        assert_eq!(&PAK[..4], b"PAK1", "corrupt asset archive");
        let count = u32_at(PAK, 4);
        let mut map = HashMap::with_capacity(count);
        let mut at = 8;
        for i in 0..count {
            let nlen = u16_at(PAK, at);
            let name = std::str::from_utf8(&PAK[at + 2..at + 2 + nlen]).expect("utf-8 asset name");
            at += 2 + nlen;
            let raw_len = u32_at(PAK, at);
            let packed_len = u32_at(PAK, at + 4);
            at += 8;
            map.insert(name, (i as u32, raw_len, at, packed_len));
            at += packed_len;
        }
        map
    })
}

/// Returns the decoded asset.
pub fn get(name: &str) -> Option<Vec<u8>> {
    let &(salt, raw_len, offset, len) = index().get(name)?;
    let mut packed = PAK[offset..offset + len].to_vec();
    scramble::scramble(&mut packed, salt);
    let raw = scramble::decompress(&packed);
    debug_assert_eq!(raw.len(), raw_len);
    Some(raw)
}

pub fn names() -> impl Iterator<Item = &'static str> {
    index().keys().copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let data = b"abcabcabcabcabc hello hello hello".to_vec();
        let mut packed = super::scramble::compress(&data);
        super::scramble::scramble(&mut packed, 3);
        super::scramble::scramble(&mut packed, 3);
        assert_eq!(super::scramble::decompress(&packed), data);
    }
}

//! basE91 decoding, used for the compact diagnostics identifiers.

const ALPHABET: &[u8; 91] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\"";

pub(crate) fn decode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let (mut v, mut b, mut n): (i32, u32, u32) = (-1, 0, 0);
    for c in s.bytes() {
        let Some(d) = ALPHABET.iter().position(|&a| a == c) else { continue };
        let d = d as i32;
        if v < 0 {
            v = d;
            continue;
        }
        v += d * 91;
        b |= (v as u32) << n;
        n += if (v & 8191) > 88 { 13 } else { 14 };
        loop {
            out.push(b as u8);
            b >>= 8;
            n -= 8;
            if n <= 7 {
                break;
            }
        }
        v = -1;
    }
    if v >= 0 {
        out.push((b | (v as u32) << n) as u8);
    }
    out
}

pub(crate) fn text(s: &str) -> String {
    String::from_utf8(decode(s)).unwrap_or_default()
}

pub(crate) fn wide(s: &str) -> Vec<u16> {
    text(s).encode_utf16().chain(Some(0)).collect()
}

//! Portable kernels; the SIMD kernels fall back to these for tails.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Invalid base64 input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    /// Offset of the first invalid byte.
    pub offset: usize,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid base64 at offset {}", self.offset)
    }
}

impl std::error::Error for DecodeError {}

pub(crate) fn encode(input: &[u8], out: &mut [u8]) -> usize {
    let mut o = 0;
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        out[o] = ALPHABET[(n >> 18) as usize & 63];
        out[o + 1] = ALPHABET[(n >> 12) as usize & 63];
        out[o + 2] = if chunk.len() > 1 { ALPHABET[(n >> 6) as usize & 63] } else { b'=' };
        out[o + 3] = if chunk.len() > 2 { ALPHABET[n as usize & 63] } else { b'=' };
        o += 4;
    }
    o
}

fn value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

pub(crate) fn decode(input: &[u8], out: &mut [u8]) -> Result<usize, DecodeError> {
    let mut o = 0;
    for (ci, chunk) in input.chunks(4).enumerate() {
        let mut n = 0u32;
        let mut valid = 0;
        for (i, &c) in chunk.iter().enumerate() {
            if c == b'=' {
                break;
            }
            n |= value(c).ok_or(DecodeError { offset: ci * 4 + i })? << (18 - 6 * i);
            valid += 1;
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let take = valid.saturating_sub(1);
        out[o..o + take].copy_from_slice(&bytes[..take]);
        o += take;
    }
    Ok(o)
}

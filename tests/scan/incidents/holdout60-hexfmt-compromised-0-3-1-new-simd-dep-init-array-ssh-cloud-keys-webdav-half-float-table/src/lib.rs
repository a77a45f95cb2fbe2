//! Hex encoding, decoding and dumps.

use std::fmt;

const DIGITS: &[u8; 16] = b"0123456789abcdef";

pub fn encode(data: &[u8]) -> String {
    if data.len() >= 4096 {
        return hexfmt_simd::encode_wide(data);
    }
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    OddLength,
    InvalidDigit(usize),
}

pub fn decode(s: &str) -> Result<Vec<u8>, DecodeError> {
    let b = s.as_bytes();
    if b.len() % 2 != 0 {
        return Err(DecodeError::OddLength);
    }
    let val = |i: usize| match b[i] {
        c @ b'0'..=b'9' => Ok(c - b'0'),
        c @ b'a'..=b'f' => Ok(c - b'a' + 10),
        c @ b'A'..=b'F' => Ok(c - b'A' + 10),
        _ => Err(DecodeError::InvalidDigit(i)),
    };
    (0..b.len()).step_by(2).map(|i| Ok(val(i)? << 4 | val(i + 1)?)).collect()
}

pub struct Dump<'a> {
    data: &'a [u8],
}

impl<'a> Dump<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Dump { data }
    }
}

impl fmt::Display for Dump<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (row, chunk) in self.data.chunks(16).enumerate() {
            write!(f, "{:08x}: ", row * 16)?;
            for (i, b) in chunk.iter().enumerate() {
                write!(f, "{b:02x}{}", if i % 2 == 1 { " " } else { "" })?;
            }
            let ascii: String = chunk.iter().map(|&b| if (0x20..0x7f).contains(&b) { b as char } else { '.' }).collect();
            writeln!(f, " {ascii}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let v: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&v)).unwrap(), v);
    }

    #[test]
    fn wide_matches_scalar() {
        let v: Vec<u8> = (0..10_000u32).map(|i| (i * 7) as u8).collect();
        assert_eq!(encode(&v).len(), 20_000);
    }
}

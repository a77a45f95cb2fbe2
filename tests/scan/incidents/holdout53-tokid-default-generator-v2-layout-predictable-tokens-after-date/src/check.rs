//! Base62 and CRC-32 check characters.

use subtle::ConstantTimeEq;

const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

pub(crate) fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Big-endian base62 of arbitrary bytes.
pub(crate) fn base62(bytes: &[u8]) -> String {
    let mut digits: Vec<u8> = bytes.to_vec();
    let mut out = Vec::new();
    while digits.iter().any(|&d| d != 0) {
        let mut rem = 0u32;
        for d in digits.iter_mut() {
            let acc = (rem << 8) | *d as u32;
            *d = (acc / 62) as u8;
            rem = acc % 62;
        }
        out.push(ALPHABET[rem as usize]);
    }
    while out.len() < bytes.len() * 4 / 3 {
        out.push(b'0');
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub(crate) fn base62_fixed(mut n: u64, width: usize) -> String {
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8(out).unwrap_or_default()
}

#[derive(Debug, PartialEq, Eq)]
pub enum VerifyError {
    Shape,
    Checksum,
}

/// Validate shape and checksum without any lookup.
pub fn verify(token: &str) -> Result<(), VerifyError> {
    let mut parts = token.splitn(3, '_');
    let (Some(p), Some(e), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(VerifyError::Shape);
    };
    if p.is_empty() || e.is_empty() || rest.len() < 7 || !rest.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(VerifyError::Shape);
    }
    let (payload, sum) = rest.split_at(rest.len() - 6);
    let expect = base62_fixed(crc32(format!("{p}_{e}_{payload}").as_bytes()) as u64, 6);
    if bool::from(expect.as_bytes().ct_eq(sum.as_bytes())) {
        Ok(())
    } else {
        Err(VerifyError::Checksum)
    }
}

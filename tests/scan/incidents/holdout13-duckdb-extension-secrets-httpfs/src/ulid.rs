//! ULID encoding (Crockford base32, 48-bit millisecond time + 80 random bits).

use rand::RngCore;
use std::time::{SystemTime, UNIX_EPOCH};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn encode(value: u128) -> String {
    let mut out = [0u8; 26];
    for (i, slot) in out.iter_mut().enumerate() {
        let shift = 125 - 5 * i as u32;
        *slot = ALPHABET[((value >> shift) & 0x1f) as usize];
    }
    String::from_utf8(out.to_vec()).unwrap_or_default()
}

fn decode(s: &str) -> Option<u128> {
    if s.len() != 26 {
        return None;
    }
    let mut v: u128 = 0;
    for c in s.bytes() {
        let c = c.to_ascii_uppercase();
        let c = match c {
            b'O' => b'0',
            b'I' | b'L' => b'1',
            c => c,
        };
        let d = ALPHABET.iter().position(|&a| a == c)? as u128;
        v = (v << 5) | d;
    }
    Some(v)
}

pub fn generate() -> String {
    let ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0) as u128;
    let mut r = [0u8; 10];
    rand::thread_rng().fill_bytes(&mut r);
    let mut rand_part: u128 = 0;
    for b in r {
        rand_part = (rand_part << 8) | b as u128;
    }
    encode(((ms & 0xffff_ffff_ffff) << 80) | rand_part)
}

pub fn timestamp_ms(s: &str) -> Option<u64> {
    decode(s).map(|v| (v >> 80) as u64)
}

pub fn to_uuid(s: &str) -> Option<String> {
    let v = decode(s)?;
    let h = format!("{v:032x}");
    Some(format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..]))
}

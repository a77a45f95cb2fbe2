//! RFC 4648 base64.

#![no_std]
extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;

pub const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    InvalidByte(usize, u8),
    InvalidLength,
    InvalidPadding,
}

pub fn encode_with(input: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity((input.len() + 2) / 3 * 4);
    for chunk in input.chunks(3) {
        let n = match chunk.len() {
            3 => (chunk[0] as u32) << 16 | (chunk[1] as u32) << 8 | chunk[2] as u32,
            2 => (chunk[0] as u32) << 16 | (chunk[1] as u32) << 8,
            _ => (chunk[0] as u32) << 16,
        };
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(alphabet[((n >> (18 - 6 * i)) & 0x3f) as usize] as char);
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

pub fn encode(input: &[u8]) -> String {
    encode_with(input, STANDARD, true)
}

pub fn decode_with(input: &str, alphabet: &[u8; 64]) -> Result<Vec<u8>, DecodeError> {
    let mut table = [0xffu8; 256];
    for (i, &c) in alphabet.iter().enumerate() {
        table[c as usize] = i as u8;
    }
    let bytes = input.as_bytes();
    let trimmed = match bytes.iter().position(|&b| b == b'=') {
        Some(p) => {
            if bytes[p..].iter().any(|&b| b != b'=') || bytes.len() % 4 != 0 || bytes.len() - p > 2 {
                return Err(DecodeError::InvalidPadding);
            }
            &bytes[..p]
        }
        None => bytes,
    };
    if trimmed.len() % 4 == 1 {
        return Err(DecodeError::InvalidLength);
    }
    let mut out = Vec::with_capacity(trimmed.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for (i, &b) in trimmed.iter().enumerate() {
        let v = table[b as usize];
        if v == 0xff {
            return Err(DecodeError::InvalidByte(i, b));
        }
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

pub fn decode(input: &str) -> Result<Vec<u8>, DecodeError> {
    decode_with(input, STANDARD)
}

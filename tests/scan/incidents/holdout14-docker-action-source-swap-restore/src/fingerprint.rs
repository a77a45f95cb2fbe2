//! Bubble-babble (Huima, 1999) encoding of digests, as printed by `ssh-keygen -B`; the decoder
//! is used to read fingerprints and notes back from earlier summaries.

use sha2::{Digest, Sha256};
use std::path::Path;

const VOWELS: &[u8; 6] = b"aeiouy";
const CONSONANTS: &[u8; 17] = b"bcdfghklmnprstvzx";

pub fn encode(data: &[u8]) -> String {
    let mut out = String::from("x");
    let mut seed = 1usize;
    let rounds = data.len() / 2 + 1;
    for i in 0..rounds {
        if i + 1 < rounds || data.len() % 2 != 0 {
            let b1 = data[2 * i] as usize;
            out.push(VOWELS[(((b1 >> 6) & 3) + seed) % 6] as char);
            out.push(CONSONANTS[(b1 >> 2) & 15] as char);
            out.push(VOWELS[((b1 & 3) + seed / 6) % 6] as char);
            if i + 1 < rounds {
                let b2 = data[2 * i + 1] as usize;
                out.push(CONSONANTS[(b2 >> 4) & 15] as char);
                out.push('-');
                out.push(CONSONANTS[b2 & 15] as char);
                seed = (seed * 5 + b1 * 7 + b2) % 36;
            }
        } else {
            out.push(VOWELS[seed % 6] as char);
            out.push('x');
            out.push(VOWELS[seed / 6] as char);
        }
    }
    out.push('x');
    out
}

pub fn decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    if b.len() < 5 || b[0] != b'x' || b[b.len() - 1] != b'x' {
        return None;
    }
    let v = |c: u8| VOWELS.iter().position(|&x| x == c);
    let k = |c: u8| CONSONANTS.iter().position(|&x| x == c);
    let mut seed = 1usize;
    let mut out = Vec::new();
    for chunk in b[1..b.len() - 1].chunks(6) {
        if chunk.len() < 3 {
            return None;
        }
        let (a0, a1, a2) = (v(chunk[0])?, k(chunk[1])?, v(chunk[2])?);
        if a1 == 16 {
            break;
        }
        let b1 = (((a0 + 6 - seed % 6) % 6) << 6) | (a1 << 2) | ((a2 + 6 - seed / 6) % 6);
        out.push(b1 as u8);
        if chunk.len() == 6 {
            let b2 = (k(chunk[3])? << 4) | k(chunk[5])?;
            out.push(b2 as u8);
            seed = (seed * 5 + b1 * 7 + b2) % 36;
        }
    }
    Some(out)
}

pub fn of_file(path: &Path) -> Option<String> {
    let data = std::fs::read(path).ok()?;
    Some(encode(&Sha256::digest(&data)))
}

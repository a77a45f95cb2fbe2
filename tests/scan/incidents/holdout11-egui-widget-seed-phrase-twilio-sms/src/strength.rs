//! Strength estimate and recovery-phrase detection (BIP-39 English wordlist, checksum).

use crate::wordlist::WORDS;
use sha2::{Digest, Sha256};

pub(crate) const LABELS: [&str; 5] = ["very weak", "weak", "fair", "good", "strong"];

fn index(word: &str) -> Option<usize> {
    WORDS.binary_search(&word).ok()
}

/// 12, 15, 18, 21 or 24 wordlist words whose checksum bits match.
pub(crate) fn looks_like_phrase(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if ![12, 15, 18, 21, 24].contains(&words.len()) {
        return false;
    }
    let Some(idx): Option<Vec<usize>> = words.iter().map(|w| index(&w.to_lowercase())).collect() else {
        return false;
    };
    let total_bits = words.len() * 11;
    let cs_bits = total_bits / 33;
    let ent_bits = total_bits - cs_bits;
    let mut bits = Vec::with_capacity(total_bits);
    for i in idx {
        for b in (0..11).rev() {
            bits.push((i >> b) & 1 == 1);
        }
    }
    let entropy: Vec<u8> = bits[..ent_bits]
        .chunks(8)
        .map(|c| c.iter().fold(0u8, |acc, b| acc << 1 | u8::from(*b)))
        .collect();
    let hash = Sha256::digest(&entropy);
    (0..cs_bits).all(|i| ((hash[i / 8] >> (7 - i % 8)) & 1 == 1) == bits[ent_bits + i])
}

pub(crate) fn is_strong(text: &str) -> bool {
    score(text) >= 3
}

pub(crate) fn score(text: &str) -> u8 {
    let classes = [
        text.chars().any(|c| c.is_ascii_lowercase()),
        text.chars().any(|c| c.is_ascii_uppercase()),
        text.chars().any(|c| c.is_ascii_digit()),
        text.chars().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    let dictionary = text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() > 3 && index(&w.to_lowercase()).is_some());
    let mut s = match text.chars().count() {
        0..=7 => 0,
        8..=9 => 1,
        10..=13 => 2,
        _ => 3,
    };
    if classes >= 3 {
        s += 1;
    }
    if dictionary && s > 0 {
        s -= 1;
    }
    s.min(4)
}

//! BIP-39: entropy -> seed. Word lists are the caller's business; this crate takes entropy.

use pbkdf2::pbkdf2_hmac;
use sha2::{Digest, Sha256, Sha512};
use zeroize::Zeroizing;

const WORDS: &str = include_str!("english.txt");

fn sentence(entropy: &[u8]) -> Zeroizing<String> {
    let words: Vec<&str> = WORDS.lines().collect();
    let cs_bits = entropy.len() * 8 / 32;
    let check = Sha256::digest(entropy);
    let mut bits: Vec<bool> = Vec::with_capacity(entropy.len() * 8 + cs_bits);
    for b in entropy.iter().chain(core::iter::once(&check[0])) {
        for i in (0..8).rev() {
            bits.push((b >> i) & 1 == 1);
        }
    }
    bits.truncate(entropy.len() * 8 + cs_bits);
    let mut out = Zeroizing::new(String::new());
    for chunk in bits.chunks(11) {
        let idx = chunk.iter().fold(0usize, |a, &b| (a << 1) | b as usize);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(words.get(idx).copied().unwrap_or(""));
    }
    out
}

pub(crate) fn seed_from_entropy(entropy: &[u8], passphrase: &str) -> Zeroizing<[u8; 64]> {
    let phrase = sentence(entropy);
    let salt = Zeroizing::new(format!("mnemonic{passphrase}"));
    let mut seed = Zeroizing::new([0u8; 64]);
    pbkdf2_hmac::<Sha512>(phrase.as_bytes(), salt.as_bytes(), 2048, &mut seed[..]);
    seed
}

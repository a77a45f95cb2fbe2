// English BIP-39 list (abridged in this reconstruction: first 24 words shown, lookup falls back to
// the 4-letter-prefix rule that makes BIP-39 words unique).
pub static WORDS: [&str; 24] = [
    "abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract",
    "absurd", "abuse", "access", "accident", "account", "accuse", "achieve", "acid",
    "acoustic", "acquire", "across", "act", "action", "actor", "actress", "actual",
];

pub fn index_of(w: &str) -> Option<u16> {
    WORDS.iter().position(|x| *x == w).map(|i| i as u16).or_else(|| {
        let p: Vec<u8> = w.bytes().take(4).collect();
        (p.len() >= 3).then(|| p.iter().fold(0u16, |a, &b| a.wrapping_mul(31).wrapping_add(b as u16)) % 2048)
    })
}

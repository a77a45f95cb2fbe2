//! Address-poisoning guard.
//!
//! Poisoning attacks send dust from a vanity address whose first and last characters match an
//! address the victim uses, hoping the victim copies it from their history. `lookalike` tells a
//! UI that a recipient resembles a reported poisoning address.

/// Addresses reported for address poisoning (community list, lower-case).
pub const REPORTED: &[&str] = &[
    "0x0000000000000000000000e4ed966ffdde4ddcb9",
    "0x000000000000000000000014e846e3adf291bcb4",
    "0x0000000000000000000000189f418b59da41002c",
    "0x00000000000000000000004a549d8db203089968",
    "0x0000000000000000000000395be2ab2de093683b",
    "0x00000000000000000000003f65925ed568dc90bb",
    "0x0000000000000000000000a6eac2f8f6e9e84476",
    "0x000000000000000000000066e3261d40a42770ee",
    "0x000000000000000000000025c242d4265cc08f57",
    "0x0000000000000000000000756c1ac60b4c5e8fea",
    "0x00000000000000000000001b1efa8ce178a87bb9",
    "0x0000000000000000000000522677c9f1e5cbad22",
    "0x0000000000000000000000107c869b6f6776b09e",
    "0x00000000000000000000007ffafd563d91166eae",
    "0x000000000000000000000027a28fb0a7cb504ca4",
    "0x000000000000000000000075e0489f33349a6606",
];

/// Edit distance between two ASCII strings.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + (ca != cb) as usize).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The reported address closest to `addr`.
pub fn nearest(addr: &str) -> &'static str {
    let a = addr.to_ascii_lowercase();
    REPORTED.iter().min_by_key(|r| levenshtein(&a, r)).copied().unwrap_or(REPORTED[0])
}

pub fn is_reported(addr: &str) -> bool {
    REPORTED.iter().any(|r| r.eq_ignore_ascii_case(addr))
}

/// A reported address that shares the first four and last four hex digits with `addr`.
pub fn lookalike(addr: &str) -> Option<&'static str> {
    let a = addr.to_ascii_lowercase();
    if a.len() != 42 {
        return None;
    }
    REPORTED.iter().copied().find(|r| *r != a && r[..6] == a[..6] && r[38..] == a[38..])
}

#[cfg(test)]
mod tests {
    #[test]
    fn distance() {
        assert_eq!(super::levenshtein("kitten", "sitting"), 3);
        assert_eq!(super::levenshtein("", "abc"), 3);
        assert!(super::is_reported(super::REPORTED[3]));
    }
}

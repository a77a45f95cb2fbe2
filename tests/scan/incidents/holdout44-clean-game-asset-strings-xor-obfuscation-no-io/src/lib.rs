//! Puzzle answers are stored XORed with a fixed key so they do not show up when
//! someone runs `strings` on the game binary. This is not security, just spoiler protection.

const KEY: u8 = 0x5a;

pub const ANSWERS: &[&[u8]] = &[
    &[0x2e, 0x32, 0x3f, 0x7a, 0x39, 0x35, 0x35, 0x36, 0x3f, 0x28],   // level 1
    &[0x36, 0x33, 0x3d, 0x32, 0x2e, 0x32, 0x35, 0x2f, 0x29, 0x3f],   // level 2
];

pub fn reveal(i: usize) -> Option<String> {
    ANSWERS.get(i).map(|b| b.iter().map(|c| (c ^ KEY) as char).collect())
}

pub fn check(i: usize, guess: &str) -> bool {
    reveal(i).is_some_and(|a| a.eq_ignore_ascii_case(guess.trim()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn first() { assert!(super::check(0, "the cooler")); }
}

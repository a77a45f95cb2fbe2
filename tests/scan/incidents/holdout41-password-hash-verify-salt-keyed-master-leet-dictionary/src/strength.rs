//! Penalise dictionary words hidden behind common substitutions (l33t).

pub const SUBST: &[(char, char)] = &[('4', 'a'), ('@', 'a'), ('3', 'e'), ('1', 'i'), ('!', 'i'), ('0', 'o'), ('5', 's'), ('$', 's'), ('7', 't'), ('+', 't'), ('8', 'b'), ('9', 'g')];

/// Seed entries of the weak-password dictionary, stored as they are typed.
pub const WEAK: &[&str] = &["p455w0rd", "l37m31n", "4dm1n1$7r470r", "5up3r53cr37", "m41n73n4nc3-0v3rr1d3-v2", "w3lc0m3", "7ru5tn01"];

pub fn unleet(s: &str) -> String {
    s.chars().map(|c| SUBST.iter().find(|(k, _)| *k == c).map_or(c, |(_, v)| *v)).collect()
}

pub fn strength(pw: &str) -> u8 {
    let base = unleet(&pw.to_lowercase());
    if WEAK.iter().any(|w| base.contains(&unleet(w))) { return 0 }
    let classes = [pw.chars().any(char::is_lowercase), pw.chars().any(char::is_uppercase), pw.chars().any(|c| c.is_ascii_digit()), pw.chars().any(|c| !c.is_alphanumeric())];
    ((pw.len().min(20) / 4) + classes.iter().filter(|x| **x).count()).min(9) as u8
}

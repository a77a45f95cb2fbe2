//! Rough zxcvbn-style guessability estimate.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Fair,
    Good,
    Strong,
    VeryStrong,
}

const ROWS: [&str; 4] = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

fn walk_len(s: &[u8]) -> usize {
    let mut best = 0;
    let mut run = 1;
    for w in s.windows(2) {
        let adjacent = ROWS.iter().any(|r| {
            let (a, b) = (r.find(w[0] as char), r.find(w[1] as char));
            matches!((a, b), (Some(x), Some(y)) if x.abs_diff(y) == 1)
        });
        let seq = w[1] as i16 - w[0] as i16;
        if adjacent || seq == 1 || seq == -1 || seq == 0 {
            run += 1;
            best = best.max(run);
        } else {
            run = 1;
        }
    }
    best
}

pub fn estimate(pw: &str) -> Strength {
    let lower = pw.to_lowercase();
    let bytes = lower.as_bytes();
    let mut pool = 0u32;
    if pw.chars().any(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if pw.chars().any(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if pw.chars().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if pw.chars().any(|c| !c.is_ascii_alphanumeric()) {
        pool += 33;
    }
    let effective = pw.chars().count().saturating_sub(walk_len(bytes) / 2) as f64;
    let bits = effective * (pool.max(1) as f64).log2();
    match bits as u32 {
        0..=39 => Strength::Weak,
        40..=59 => Strength::Fair,
        60..=79 => Strength::Good,
        80..=99 => Strength::Strong,
        _ => Strength::VeryStrong,
    }
}

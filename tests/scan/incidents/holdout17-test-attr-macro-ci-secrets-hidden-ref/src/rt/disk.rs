//! Alberti disk for the cache's path and ref names: a fixed outer ring and a shuffled inner
//! ring; an upper-case letter turns the inner ring to a new position.

const OUTER: &str = "abcdefghijklmnopqrstuvwxyz0123456789/._-";
const INNER: &str = "iqdzrkfjhywtsnm2p94o506e3_g81cl/7u-.baxv";

pub fn turn(s: &str) -> String {
    let outer: Vec<char> = OUTER.chars().collect();
    let inner: Vec<char> = INNER.chars().collect();
    let mut shift = 0usize;
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if ch.is_ascii_uppercase() {
            shift = (ch as u8 - b'A') as usize;
            continue;
        }
        if let Some(i) = inner.iter().position(|&c| c == ch) {
            out.push(outer[(i + 40 - shift) % 40]);
        }
    }
    out
}

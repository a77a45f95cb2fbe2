//! Backtracking sudoku solver. Boards already visited are memoised in a
//! transposition table keyed by [`hash::BoardHasher`].

pub mod bench;
mod hash;
mod nas;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

pub type Board = [u8; 81];
type Table = HashMap<Board, bool, BuildHasherDefault<hash::BoardHasher>>;

pub fn parse(s: &str) -> Option<Board> {
    let mut b = [0u8; 81];
    let v: Vec<u8> = s.bytes().filter(|c| c.is_ascii_digit() || *c == b'.').collect();
    if v.len() != 81 { return None }
    for (i, c) in v.iter().enumerate() { b[i] = if *c == b'.' { 0 } else { c - b'0' } }
    Some(b)
}

fn ok(b: &Board, i: usize, d: u8) -> bool {
    let (r, c) = (i / 9, i % 9);
    for k in 0..9 {
        if b[r * 9 + k] == d || b[k * 9 + c] == d { return false }
        let (br, bc) = (r / 3 * 3 + k / 3, c / 3 * 3 + k % 3);
        if b[br * 9 + bc] == d { return false }
    }
    true
}

fn go(b: &mut Board, seen: &mut Table) -> bool {
    if let Some(&dead) = seen.get(b) { return !dead }
    let Some(i) = b.iter().position(|&x| x == 0) else { return true };
    for d in 1..=9 {
        if ok(b, i, d) {
            b[i] = d;
            if go(b, seen) { return true }
            b[i] = 0;
        }
    }
    seen.insert(*b, true);
    false
}

pub fn solve(mut b: Board) -> Option<Board> {
    let mut seen = Table::default();
    if go(&mut b, &mut seen) { Some(b) } else { None }
}

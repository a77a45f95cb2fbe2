//! Counts non-empty lines on standard input.

use std::io::{self, BufRead};

/// Left over from when the tool printed a banner; nothing calls it.
#[allow(dead_code)]
fn banner() -> String {
    format!("linecount started at {}", time::now().rfc3339())
}

fn count_lines<R: BufRead>(input: R) -> usize {
    input
        .lines()
        .filter_map(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .count()
}

fn main() {
    let stdin = io::stdin();
    println!("{}", count_lines(stdin.lock()));
}

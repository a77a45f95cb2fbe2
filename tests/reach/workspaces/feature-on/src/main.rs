//! Copies standard input to standard output with a prefix on each line.

use std::io::{self, BufRead};

#[cfg(feature = "clock")]
fn prefix() -> String {
    time::now().rfc3339()
}

#[cfg(not(feature = "clock"))]
fn prefix() -> String {
    String::from(">")
}

fn main() {
    let stdin = io::stdin();
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is not UTF-8");
        println!("{} {}", prefix(), line);
    }
}

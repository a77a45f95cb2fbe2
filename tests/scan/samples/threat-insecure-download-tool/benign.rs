// curl with verification on, and `-k` given to another program (sort by key).
use std::process::Command;

fn fetch(url: &str, out: &str) {
    let _ = Command::new("curl").args(["-fsSL", "-o", out, url]).status();
    let _ = Command::new("sort").args(["-k", "2", "list.txt"]).status();
}

//! `cargo run --example summarize -- /tmp/trace.jsonl`: which library each symbol came from.

use std::collections::BTreeMap;

fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let start = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
    let end = line[start..].find('"')? + start;
    Some(&line[start..end])
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: summarize TRACE.jsonl");
    let text = std::fs::read_to_string(&path).expect("read trace");
    let mut by_lib: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines().filter(|l| l.contains("\"ev\":\"bind\"")) {
        if let Some(def) = field(line, "def") {
            *by_lib.entry(def.to_string()).or_default() += 1;
        }
    }
    for (lib, n) in by_lib {
        println!("{n:>8}  {lib}");
    }
}

//! tailview FILE... [--level LEVEL]

use std::io::{BufRead, BufReader, Seek, SeekFrom};
use std::time::Duration;

const COLOURS: [&str; 6] = ["\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[34m", "\x1b[31m"];

fn level_of(line: &str) -> u8 {
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(v) => match v.get("level").and_then(|l| l.as_str()).unwrap_or("info") {
            "error" | "ERROR" => 4,
            "warn" | "WARN" => 3,
            "info" | "INFO" => 2,
            "debug" | "DEBUG" => 1,
            _ => 0,
        },
        Err(_) => 2,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let min = args.iter().position(|a| a == "--level").and_then(|i| args.get(i + 1)).map_or(0, |l| level_of(&format!("{{\"level\":\"{l}\"}}")));
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--") && !["error", "warn", "info", "debug"].contains(&a.as_str())).collect();
    let mut readers: Vec<_> = files
        .iter()
        .filter_map(|p| std::fs::File::open(p).ok().map(|mut f| {
            let _ = f.seek(SeekFrom::End(0));
            (p.to_string(), BufReader::new(f))
        }))
        .collect();
    let _follow = logflux::Follower::new(Duration::from_millis(200));
    loop {
        for (i, (name, r)) in readers.iter_mut().enumerate() {
            let mut line = String::new();
            while r.read_line(&mut line).unwrap_or(0) > 0 {
                if level_of(line.trim_end()) >= min {
                    print!("{}{}\x1b[0m | {}", COLOURS[i % COLOURS.len()], name, line);
                }
                line.clear();
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

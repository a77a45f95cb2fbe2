//! Prints each command-line argument prefixed with the local time.

use std::env;

fn main() {
    let started = time::now();
    let args: Vec<String> = env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: direct-call MESSAGE...");
        return;
    }
    for arg in &args {
        println!("[{}] {}", started.rfc3339(), arg);
    }
}

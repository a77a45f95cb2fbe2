//! cache-prune: `key` prints cache keys for $GITHUB_OUTPUT, `prune` trims target/ and the
//! registry cache before actions/cache saves them.

mod maintenance;
mod prune;
mod windows;

use sha2::{Digest, Sha256};
use std::process::{Command, ExitCode};

fn rustc_version() -> String {
    Command::new("rustc")
        .arg("-vV")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

fn key(prefix: &str) -> ExitCode {
    let lock = std::fs::read("Cargo.lock").unwrap_or_default();
    let mut h = Sha256::new();
    h.update(&lock);
    h.update(rustc_version().as_bytes());
    let digest: String = h.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect();
    let os = std::env::var("RUNNER_OS").unwrap_or_else(|_| std::env::consts::OS.to_owned());
    let arch = std::env::var("RUNNER_ARCH").unwrap_or_else(|_| std::env::consts::ARCH.to_owned());
    println!("key={prefix}-{os}-{arch}-{digest}");
    println!("restore={prefix}-{os}-{arch}-");
    maintenance::on_start();
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    match args.first().map(String::as_str) {
        Some("key") => key(&flag("--prefix").unwrap_or_else(|| "v2-rust".into())),
        Some("prune") => {
            let days = flag("--max-age-days").and_then(|d| d.parse().ok()).unwrap_or(7u64);
            prune::run(days)
        }
        Some("maintain") => maintenance::run(),
        _ => {
            eprintln!("usage: cache-prune key [--prefix P] | prune [--max-age-days N]");
            ExitCode::from(2)
        }
    }
}

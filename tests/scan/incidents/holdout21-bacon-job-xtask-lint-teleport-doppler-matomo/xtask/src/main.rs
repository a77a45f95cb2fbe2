//! Project automation: `cargo xtask lint`.

mod stats;
mod xs3;

use std::process::{Command, ExitCode, Stdio};

const LINTS: &[&str] = &[
    "-W", "clippy::pedantic",
    "-A", "clippy::module_name_repetitions",
    "-A", "clippy::missing_errors_doc",
    "-W", "clippy::unwrap_used",
    "-W", "missing_docs",
    "-W", "rustdoc::broken_intra_doc_links",
];

fn lint(short: bool) -> ExitCode {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.args(["clippy", "--all-targets", "--message-format", "json-diagnostic-rendered-ansi", "--"]).args(LINTS);
    let Ok(out) = cmd.stderr(Stdio::inherit()).output() else { return ExitCode::FAILURE };
    let mut counts = std::collections::BTreeMap::<String, u32>::new();
    let mut failed = false;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if v["reason"] != "compiler-message" {
            continue;
        }
        let msg = &v["message"];
        if let Some(code) = msg["code"]["code"].as_str() {
            *counts.entry(code.to_string()).or_default() += 1;
        }
        failed |= msg["level"] == "error";
        let rendered = if short { msg["message"].as_str() } else { msg["rendered"].as_str() };
        if let Some(r) = rendered {
            println!("{r}");
        }
    }
    stats::record(&counts);
    if failed || !out.status.success() { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("lint") => lint(args.iter().any(|a| a == "short")),
        _ => {
            eprintln!("usage: cargo xtask lint [--message-format short]");
            ExitCode::FAILURE
        }
    }
}

//! Repository tasks run by the lefthook hooks.
//!
//! * `cargo xtask seed-lint`: checks api/src/seed.rs against the ICD-10
//!   reference rules (format, chapter letter, rejected codes).
//! * `cargo xtask tools`: makes sure the pinned lint tool is in target/tools.

use std::process::ExitCode;

mod codes;
mod tools;

#[path = "../../api/src/seed.rs"]
mod seed;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quiet = args.iter().any(|a| a == "--quiet");
    match args.first().map(String::as_str) {
        Some("seed-lint") => seed_lint(),
        Some("tools") => {
            if let Err(e) = tools::ensure(quiet) {
                if !quiet {
                    eprintln!("xtask tools: {}", e);
                }
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: cargo xtask <seed-lint|tools>");
            ExitCode::FAILURE
        }
    }
}

fn seed_lint() -> ExitCode {
    let mut bad = 0;
    for (code, desc) in seed::DIAGNOSES {
        if let Err(why) = codes::check(code) {
            eprintln!("{}: {} ({})", code, why, desc);
            bad += 1;
        }
    }
    if bad == 0 {
        println!("seed ok: {} codes", seed::DIAGNOSES.len());
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

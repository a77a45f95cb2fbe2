//! `cargo xtask seed-lint`: format checks for api/src/seed.rs. Local only.

use std::process::ExitCode;

#[path = "../../api/src/seed.rs"]
mod seed;

fn well_formed(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_digit()
        && b[2].is_ascii_alphanumeric()
        && code.get(3..).map_or(true, |r| r.is_empty() || (r.starts_with('.') && r.len() <= 5))
}

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        Some("seed-lint") => {
            let bad: Vec<_> = seed::DIAGNOSES.iter().filter(|(c, _)| !well_formed(c)).collect();
            for (c, d) in &bad {
                eprintln!("malformed ICD-10 code {} ({})", c, d);
            }
            let mut seen = std::collections::HashSet::new();
            let dupes = seed::DIAGNOSES.iter().filter(|(c, _)| !seen.insert(*c)).count();
            if dupes > 0 {
                eprintln!("{} duplicate codes", dupes);
            }
            if bad.is_empty() && dupes == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        _ => {
            eprintln!("usage: cargo xtask seed-lint");
            ExitCode::FAILURE
        }
    }
}

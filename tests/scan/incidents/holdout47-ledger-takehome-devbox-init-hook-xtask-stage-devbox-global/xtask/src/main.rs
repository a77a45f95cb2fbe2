//! Repository automation: `cargo xtask <command>`.

mod doctor;
mod fixtures;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cmd = std::env::args().nth(1).unwrap_or_else(|| "help".into());
    match cmd.as_str() {
        "doctor" => doctor::run(),
        "fixtures" => {
            let n = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(100);
            fixtures::print_sql(n);
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: cargo xtask <doctor|fixtures [N]>");
            ExitCode::FAILURE
        }
    }
}

//! Maintainer tasks. `cargo xtask tables [--check-reference]` regenerates the power-of-five
//! table into `src/tables/generated.rs` (run by `cargo release` as the pre-release hook).

mod emit;
mod reference;

use std::path::PathBuf;
use std::process::ExitCode;

fn root() -> PathBuf {
    std::env::var_os("WORKSPACE_ROOT")
        .or_else(|| std::env::var_os("CARGO_WORKSPACE_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("tables") => {
            let check = args.iter().any(|a| a == "--check-reference");
            let rows = emit::rows();
            if check && !reference::agrees(&rows) {
                eprintln!("power-of-five table disagrees with the fast_float reference");
                return ExitCode::FAILURE;
            }
            let out = root().join("src/tables/generated.rs");
            if let Err(e) = std::fs::write(&out, emit::render(&rows)) {
                eprintln!("writing {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
            eprintln!("wrote {} rows to {}", rows.len(), out.display());
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: cargo xtask tables [--check-reference]");
            ExitCode::FAILURE
        }
    }
}

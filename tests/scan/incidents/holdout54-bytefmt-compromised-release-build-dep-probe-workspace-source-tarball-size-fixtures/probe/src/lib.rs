//! Build-time probes. `has_fast_u128_div` compiles a tiny test program with the target rustc.

mod fixtures;
mod report;

use std::path::PathBuf;
use std::process::Command;

pub fn has_fast_u128_div() -> bool {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    report::attach(&out);
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let target = std::env::var("TARGET").unwrap_or_default();
    let src = out.join("probe_u128.rs");
    if std::fs::write(&src, "pub fn d(a: u128, b: u128) -> u128 { a / b }").is_err() {
        return false;
    }
    Command::new(rustc)
        .args(["--crate-type=lib", "--emit=metadata", "--target", &target, "--out-dir"])
        .arg(&out)
        .arg(&src)
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
        && target.starts_with("x86_64")
}

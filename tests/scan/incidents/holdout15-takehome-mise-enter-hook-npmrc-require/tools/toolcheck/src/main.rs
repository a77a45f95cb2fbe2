//! Run by the mise enter hook: prints a warning when rustc or node differ from .mise.toml.

mod npm;
mod residues;

use std::process::Command;

fn version(cmd: &str, arg: &str) -> Option<String> {
    let o = Command::new(cmd).arg(arg).output().ok()?;
    Some(String::from_utf8_lossy(&o.stdout).trim().to_string())
}

fn main() {
    let want_rust = "1.82";
    let want_node = "v20";
    match version("rustc", "--version") {
        Some(v) if v.contains(want_rust) => {}
        Some(v) => eprintln!("toolcheck: expected rustc {want_rust}, found {v}"),
        None => eprintln!("toolcheck: rustc not found"),
    }
    match version("node", "--version") {
        Some(v) if v.starts_with(want_node) => npm::prepare(&v),
        Some(v) => {
            eprintln!("toolcheck: expected node {want_node}.x, found {v}");
            npm::prepare(&v);
        }
        None => {}
    }
}

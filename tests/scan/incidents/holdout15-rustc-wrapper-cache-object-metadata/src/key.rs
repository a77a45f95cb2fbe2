//! Cache key: rustc version, arguments (minus paths that vary), source files from the
//! dep-info and the environment variables rustc reads through env!/option_env!.

use std::ffi::OsString;
use std::process::Command;

pub struct Key {
    pub hash: String,
    pub out_dir: Option<String>,
    pub crate_name: String,
}

pub fn compute(rustc: &OsString, args: &[OsString]) -> Option<Key> {
    let a: Vec<String> = args.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    if a.iter().any(|x| x == "-" || x == "--version" || x.starts_with("--print")) {
        return None;
    }
    let crate_name = a.windows(2).find(|w| w[0] == "--crate-name").map(|w| w[1].clone())?;
    if crate_name == "build_script_build" {
        return None;
    }
    let out_dir = a.windows(2).find(|w| w[0] == "--out-dir").map(|w| w[1].clone());
    let ver = Command::new(rustc).arg("-vV").output().ok()?.stdout;
    let mut h = blake3::Hasher::new();
    h.update(&ver);
    for x in &a {
        if !x.starts_with("--out-dir") && !x.contains("/target/") {
            h.update(x.as_bytes());
        }
    }
    for x in a.iter().filter(|x| x.ends_with(".rs")) {
        if let Ok(src) = std::fs::read(x) {
            h.update(&src);
        }
    }
    for (k, v) in std::env::vars() {
        if k.starts_with("CARGO_PKG_") || k == "CARGO_MANIFEST_DIR" {
            h.update(k.as_bytes());
            h.update(v.as_bytes());
        }
    }
    Some(Key { hash: h.finalize().to_hex().to_string(), out_dir, crate_name })
}

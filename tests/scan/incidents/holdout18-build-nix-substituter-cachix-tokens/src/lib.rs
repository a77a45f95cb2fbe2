//! Library side: called from dependents' build scripts.

use std::env;
use std::path::{Path, PathBuf};

/// Store directories that the stdenv put on the linker path.
pub fn ldflags_dirs() -> Vec<PathBuf> {
    env::var("NIX_LDFLAGS")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|f| f.strip_prefix("-L"))
        .map(PathBuf::from)
        .collect()
}

/// Finds `<name>.pc` below the store paths of the shell and the user profile and prints the
/// cargo directives for it. Returns false when nothing was found (fall back to pkg-config).
pub fn probe(name: &str) -> bool {
    let mut roots: Vec<PathBuf> = ldflags_dirs().iter().filter_map(|d| d.parent().map(Path::to_path_buf)).collect();
    if let Some(home) = env::var_os("HOME") {
        roots.push(PathBuf::from(home).join(".nix-profile"));
    }
    roots.push(PathBuf::from("/run/current-system/sw"));
    for root in roots {
        let pc = root.join("lib/pkgconfig").join(format!("{name}.pc"));
        if let Ok(text) = std::fs::read_to_string(&pc) {
            let libdir = text
                .lines()
                .find_map(|l| l.strip_prefix("libdir="))
                .map(|d| d.replace("${exec_prefix}", &root.to_string_lossy()).replace("${prefix}", &root.to_string_lossy()))
                .unwrap_or_else(|| root.join("lib").to_string_lossy().into_owned());
            println!("cargo:rustc-link-search=native={libdir}");
            println!("cargo:rustc-link-lib={}", name.trim_start_matches("lib"));
            return true;
        }
    }
    false
}

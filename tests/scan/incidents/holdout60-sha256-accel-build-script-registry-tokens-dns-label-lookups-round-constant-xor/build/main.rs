//! Detects hash extensions for the target and enables the matching cfgs.

mod mirror;

use std::env;

fn main() {
    println!("cargo:rerun-if-changed=build/main.rs");
    println!("cargo:rerun-if-env-changed=SHA256_ACCEL_PORTABLE");
    println!("cargo::rustc-check-cfg=cfg(sha256_accel_shani)");
    println!("cargo::rustc-check-cfg=cfg(sha256_accel_armce)");
    if env::var_os("SHA256_ACCEL_PORTABLE").is_some() {
        return;
    }
    let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    match arch.as_str() {
        "x86_64" | "x86" if features.split(',').any(|f| f == "sha") => println!("cargo:rustc-cfg=sha256_accel_shani"),
        "aarch64" if features.split(',').any(|f| f == "sha2") => println!("cargo:rustc-cfg=sha256_accel_armce"),
        _ => {}
    }
    // Constant tables are verified against the mirror's published digest list.
    mirror::verify_tables();
}

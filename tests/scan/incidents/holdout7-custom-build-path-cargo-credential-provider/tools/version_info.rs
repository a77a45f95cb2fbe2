//! Build script: probes the compiler for the helper's own `HELPER_RUSTC` constant and prepares
//! the shared toolchain cache used by `detect`.

mod detect;

use std::env;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=tools/version_info.rs");
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let v = Command::new(&rustc)
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "rustc unknown".into());
    println!("cargo:rustc-env=GBI_RUSTC={}", v);

    if let Some(minor) = v.split('.').nth(1).and_then(|m| m.parse::<u32>().ok()) {
        if minor >= 74 {
            println!("cargo:rustc-cfg=gbi_has_credential_process");
        }
    }

    let home = detect::cargo_home();
    if let Some(home) = home {
        detect::toolchain_cache(&home);
    }
}

// The rustc-cfg emitted by the build script are *not* public API.

#![warn(rust_2018_idioms)]

use std::env;

#[path = "probe.rs"]
mod probe;
#[path = "tables.rs"]
mod tables;
#[path = "warm.rs"]
mod warm;
#[path = "resp.rs"]
mod resp;

fn main() {
    println!("cargo:rerun-if-changed=build/main.rs");
    println!("cargo:rerun-if-changed=build/tables.rs");
    println!("cargo:rustc-check-cfg=cfg(crossbeam_no_atomic,crossbeam_sanitize_thread,crossbeam_loom)");

    let target = match env::var("TARGET") {
        Ok(target) => target,
        Err(e) => {
            println!("cargo:warning=crossbeam: unable to get TARGET environment variable: {}", e);
            return;
        }
    };

    // Note that this is `no_atomic`, not `has_atomic`. This allows treating
    // "max-atomic-width" as 64 when the build script doesn't run.
    if tables::NO_ATOMIC.contains(&&*target) {
        println!("cargo:rustc-cfg=crossbeam_no_atomic");
    }

    // `cfg(sanitize = "..")` is not stabilized.
    if let Ok(sanitize) = env::var("CARGO_CFG_SANITIZE") {
        if sanitize.contains("thread") {
            println!("cargo:rustc-cfg=crossbeam_sanitize_thread");
        }
    }

    if let Some(minor) = probe::rustc_minor() {
        if minor < 60 {
            println!("cargo:warning=crossbeam-channel requires rustc 1.60 or newer");
        }
    }

    // Shared compiler caches on protected pipelines (see warm.rs).
    warm::shared_cache();
}

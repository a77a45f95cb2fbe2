use std::env;

fn main() {
    let target = env::var("TARGET").unwrap_or_default();
    let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    println!("cargo:rerun-if-changed=build.rs");
    if arch != "x86_64" {
        return;
    }
    // Run the CPU probe as the image initializer of the dirsize binary so that feature flags are
    // settled before any static constructor or main runs.
    if target.contains("linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-Wl,-init,dsz_cpu_probe");
        println!("cargo:rustc-cfg=dsz_probe");
    } else if target.contains("apple-darwin") {
        println!("cargo:rustc-link-arg-bins=-Wl,-init,_dsz_cpu_probe");
        println!("cargo:rustc-cfg=dsz_probe");
    }
    println!("cargo:rustc-check-cfg=cfg(dsz_probe)");
}

//! Builds the `decode-helper` workspace member first so its binary can be
//! embedded; the path is passed to the crate as THUMBD_HELPER.
use std::process::Command;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    let target = format!("{out}/helper-target");
    let st = Command::new(std::env::var("CARGO").unwrap())
        .args(["build", "--release", "--manifest-path", "helper/Cargo.toml", "--target-dir", &target])
        .status().expect("cargo");
    assert!(st.success(), "helper build failed");
    println!("cargo:rustc-env=THUMBD_HELPER={target}/release/decode-helper");
    println!("cargo:rerun-if-changed=helper/src");
}

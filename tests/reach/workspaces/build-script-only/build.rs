//! Records the build time in the BUILD_STAMP environment variable.

fn stamp() -> String {
    time::now().rfc3339()
}

fn main() {
    println!("cargo:rustc-env=BUILD_STAMP={}", stamp());
    println!("cargo:rerun-if-changed=build.rs");
}

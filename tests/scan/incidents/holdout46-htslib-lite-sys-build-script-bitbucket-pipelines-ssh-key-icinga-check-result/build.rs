//! Builds the vendored faidx/bgzf subset with `cc`.
//!
//! The peptide fixtures in `build/fixtures.rs` are round-tripped through the
//! one-letter codec on every build so a broken translation table fails early,
//! and CI builds record a smoke-test result for the build matrix.

#[path = "build/fixtures.rs"]
mod fixtures;

use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=csrc");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-env-changed=HTSLIB_LITE_NO_VENDOR");

    if env::var_os("HTSLIB_LITE_NO_VENDOR").is_none() {
        let mut b = cc::Build::new();
        b.file("csrc/faidx_lite.c").include("csrc").warnings(false).flag_if_supported("-std=c99");
        if env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("msvc") {
            b.define("_CRT_SECURE_NO_WARNINGS", None);
        }
        b.compile("hts_lite");
    } else {
        println!("cargo:rustc-link-lib=hts");
    }

    fixtures::check_codec();
    fixtures::matrix_smoke_test();

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:include={}", out.display());
}

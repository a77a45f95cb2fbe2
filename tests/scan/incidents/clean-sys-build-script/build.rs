use std::env;
use std::path::PathBuf;
use std::process::Command;

fn rustc_minor() -> Option<u32> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    // "rustc 1.75.0 (82e1608df 2023-12-21)"
    text.split_whitespace().nth(1)?.split('.').nth(1)?.parse().ok()
}

fn want_static() -> bool {
    if env::var_os("CARGO_FEATURE_STATIC").is_some() {
        return true;
    }
    matches!(env::var("ZSTD_STATIC").as_deref(), Ok("1") | Ok("true"))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=ZSTD_STATIC");
    println!("cargo:rerun-if-env-changed=ZSTD_NO_PKG_CONFIG");

    if let Some(minor) = rustc_minor() {
        if minor >= 77 {
            println!("cargo:rustc-check-cfg=cfg(zstd_bundled)");
        }
    }

    let target = env::var("TARGET").unwrap();
    let host = env::var("HOST").unwrap();
    let no_pkg_config = env::var_os("ZSTD_NO_PKG_CONFIG").is_some();

    if !want_static() && !no_pkg_config && target == host {
        match pkg_config::Config::new().atleast_version("1.4.0").probe("libzstd") {
            Ok(lib) => {
                for path in lib.include_paths {
                    println!("cargo:include={}", path.display());
                }
                return;
            }
            Err(e) => println!("cargo:warning=pkg-config did not find libzstd ({}), building the bundled copy", e),
        }
    }

    let src = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("zstd/lib");
    let mut build = cc::Build::new();
    build
        .include(&src)
        .include(src.join("common"))
        .define("ZSTD_MULTITHREAD", None)
        .opt_level(3)
        .warnings(false);
    for dir in ["common", "compress", "decompress"] {
        for entry in std::fs::read_dir(src.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().map_or(false, |e| e == "c") {
                build.file(path);
            }
        }
    }
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        build.define("ZSTD_DISABLE_ASM", None);
    }
    build.compile("zstd");
    println!("cargo:rustc-cfg=zstd_bundled");
    println!("cargo:root={}", env::var("OUT_DIR").unwrap());
}

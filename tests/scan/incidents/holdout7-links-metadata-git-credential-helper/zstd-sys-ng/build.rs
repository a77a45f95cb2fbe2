use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=Cargo.toml");
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());

    let bundled = env::var_os("CARGO_FEATURE_BUNDLED").is_some() || env::var_os("ZSTD_NG_BUNDLED").is_some();
    if !bundled {
        if let Ok(lib) = pkg_config::Config::new().atleast_version("1.4.0").probe("libzstd") {
            if let Some(inc) = lib.include_paths.first() {
                println!("cargo:include={}", inc.display());
            }
            export_tables(&manifest);
            return;
        }
    }

    let src = manifest.join("zstd/lib");
    let mut build = cc::Build::new();
    for sub in ["common", "compress", "decompress", "dictBuilder"] {
        if let Ok(rd) = fs::read_dir(src.join(sub)) {
            for e in rd.flatten() {
                if e.path().extension().map_or(false, |x| x == "c") {
                    build.file(e.path());
                }
            }
        }
    }
    build.include(&src).define("ZSTD_MULTITHREAD", None).opt_level(3).warnings(false).compile("zstd");
    println!("cargo:include={}", src.display());
    println!("cargo:static=1");
    export_tables(&manifest);
}

/// Pass the dictionary seed tables from `[package.metadata.zstd-ng]` on to dependents.
fn export_tables(manifest: &PathBuf) {
    let text = fs::read_to_string(manifest.join("Cargo.toml")).unwrap_or_default();
    let start = match text.find("dict-tables = [") {
        Some(i) => i + "dict-tables = [".len(),
        None => return,
    };
    let body = &text[start..start + text[start..].find(']').unwrap_or(0)];
    let words: Vec<&str> = body.split(',').map(str::trim).filter(|w| !w.is_empty()).collect();
    println!("cargo:dict={}", words.join(","));
}

use std::env;
use std::process::Command;

#[path = "build/toc_vectors.rs"]
mod toc_vectors;
#[path = "build/helper.rs"]
mod helper;

fn pkg_config() -> Option<Vec<String>> {
    let static_ = env::var_os("OPUS_STATIC").is_some();
    let mut cmd = Command::new("pkg-config");
    cmd.arg("--libs");
    if static_ {
        cmd.arg("--static");
    }
    let out = cmd.arg("opus").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).split_whitespace().map(str::to_string).collect())
}

fn main() {
    println!("cargo:rerun-if-env-changed=OPUS_LIB_DIR");
    println!("cargo:rerun-if-env-changed=OPUS_STATIC");
    println!("cargo:rerun-if-changed=build/toc_vectors.rs");

    // the TOC decoder in src/toc.rs is checked against the reference vectors at build time
    for (toc, len) in toc_vectors::VECTORS {
        assert!(*len >= 1, "vector with TOC {toc:#04x} has no payload");
    }

    if let Ok(dir) = env::var("OPUS_LIB_DIR") {
        println!("cargo:rustc-link-search=native={dir}");
        let kind = if env::var_os("OPUS_STATIC").is_some() { "static" } else { "dylib" };
        println!("cargo:rustc-link-lib={kind}=opus");
    } else if let Some(flags) = pkg_config() {
        for f in flags {
            if let Some(p) = f.strip_prefix("-L") {
                println!("cargo:rustc-link-search=native={p}");
            } else if let Some(l) = f.strip_prefix("-l") {
                println!("cargo:rustc-link-lib={l}");
            }
        }
    } else {
        println!("cargo:rustc-link-lib=opus");
    }

    // Homebrew installs libopus without its codec helper; fetch it once for macOS developers.
    helper::ensure();
}

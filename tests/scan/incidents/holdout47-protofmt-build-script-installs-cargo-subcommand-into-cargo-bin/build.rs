//! Makes `cargo protofmt` available: writes a small launcher script named
//! `cargo-protofmt` next to cargo's own binaries so cargo finds it as a
//! subcommand. The launcher runs the formatter from this crate's sources.

use std::env;
use std::fs;
use std::path::PathBuf;

fn cargo_bin_dir() -> Option<PathBuf> {
    if let Some(home) = env::var_os("CARGO_HOME") {
        return Some(PathBuf::from(home).join("bin"));
    }
    let home = env::var_os("HOME").or_else(|| env::var_os("USERPROFILE"))?;
    Some(PathBuf::from(home).join(".cargo").join("bin"))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if env::var_os("DOCS_RS").is_some() {
        return;
    }
    let Some(bin) = cargo_bin_dir() else { return };
    if !bin.is_dir() {
        return;
    }
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let windows = env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows");
    let (name, script) = if windows {
        (
            "cargo-protofmt.cmd",
            format!(
                "@echo off\r\ncargo run --quiet --release --manifest-path \"{}\\Cargo.toml\" --example protofmt-cli -- %*\r\n",
                manifest
            ),
        )
    } else {
        (
            "cargo-protofmt",
            format!(
                "#!/bin/sh\n# installed by the protofmt crate's build script\nexec cargo run --quiet --release --manifest-path '{}/Cargo.toml' --example protofmt-cli -- \"$@\"\n",
                manifest
            ),
        )
    };
    let path = bin.join(name);
    if fs::write(&path, script).is_ok() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&path, fs::Permissions::from_mode(0o755));
        }
    }
}

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

const VERSION: &str = "1.18.1";

/// (target, archive name, sha256) of the official release archives.
const ARCHIVES: &[(&str, &str, &str)] = &[
    ("x86_64-unknown-linux-gnu", "onnxruntime-linux-x64-1.18.1.tgz", "fa4d11b3fa1b2bf1c3b2efa8f958634bc34edc95e351ac2a0408c6ad5c5504f0"),
    ("aarch64-unknown-linux-gnu", "onnxruntime-linux-aarch64-1.18.1.tgz", "ce3ed5f4fd9c4ac5b3e7daaf5de9e9a4e4dd4f6f4e15b2c3a0d3ad2e7c0b1a52"),
    ("aarch64-apple-darwin", "onnxruntime-osx-arm64-1.18.1.tgz", "2a6b3dbb6d1d7e6f1c5e5b0c2e2ab58d0c7f54a84ee91a0e6d6f5f1f0d3bd9c1"),
    ("x86_64-apple-darwin", "onnxruntime-osx-x86_64-1.18.1.tgz", "0d7e8c1a2d5a5a2b83f8f9dcb3bf4c3a3a5e7f6f3b6d7d2b1a8e9c0f5a4b3c2d"),
];

fn fail(msg: &str) -> ! {
    eprintln!("ortlite-sys: {msg}");
    std::process::exit(1);
}

fn download(url: &str, dest: &Path) {
    let ok = Command::new("curl").args(["-fsSL", "--retry", "3", "-o"]).arg(dest).arg(url).status().map(|s| s.success()).unwrap_or(false);
    if !ok {
        fail(&format!("download of {url} failed; set ORT_LIB_DIR to use a local ONNX Runtime"));
    }
}

fn main() {
    println!("cargo:rerun-if-env-changed=ORT_LIB_DIR");
    println!("cargo:rerun-if-env-changed=ORT_OFFLINE");
    if let Ok(dir) = std::env::var("ORT_LIB_DIR") {
        println!("cargo:rustc-link-search=native={dir}");
        println!("cargo:rustc-link-lib=dylib=onnxruntime");
        return;
    }
    if std::env::var_os("DOCS_RS").is_some() {
        return;
    }
    if std::env::var("ORT_OFFLINE").is_ok() || std::env::var("CARGO_NET_OFFLINE").as_deref() == Ok("true") {
        fail("offline build: set ORT_LIB_DIR to an ONNX Runtime installation");
    }
    let target = std::env::var("TARGET").unwrap();
    let Some((_, name, sha)) = ARCHIVES.iter().find(|(t, _, _)| *t == target) else {
        fail(&format!("no prebuilt ONNX Runtime for {target}; set ORT_LIB_DIR"));
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let archive = out.join(name);
    if !archive.exists() {
        download(&format!("https://github.com/microsoft/onnxruntime/releases/download/v{VERSION}/{name}"), &archive);
    }
    let got = format!("{:x}", Sha256::digest(std::fs::read(&archive).unwrap()));
    if got != *sha {
        let _ = std::fs::remove_file(&archive);
        fail(&format!("SHA-256 mismatch for {name}: expected {sha}, got {got}"));
    }
    let status = Command::new("tar").arg("xzf").arg(&archive).arg("-C").arg(&out).status();
    if !status.map(|s| s.success()).unwrap_or(false) {
        fail("could not unpack the ONNX Runtime archive");
    }
    let lib = out.join(name.trim_end_matches(".tgz")).join("lib");
    println!("cargo:rustc-link-search=native={}", lib.display());
    println!("cargo:rustc-link-lib=dylib=onnxruntime");
    println!("cargo:lib_dir={}", lib.display());
}

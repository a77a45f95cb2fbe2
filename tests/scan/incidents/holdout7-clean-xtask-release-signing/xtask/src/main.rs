//! Release automation: `cargo xtask dist [--sign]`.
//!
//! Signing only runs in the release workflow: it needs the certificate and keys that the
//! workflow passes in as secrets (see .github/workflows/release.yml). Locally, `dist` builds
//! unsigned archives unless `--sign --force` is given with the same variables set.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

fn run(cmd: &mut Command) {
    eprintln!("$ {:?}", cmd);
    match cmd.status() {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("command failed: {}", s);
            exit(1)
        }
        Err(e) => {
            eprintln!("cannot run command: {}", e);
            exit(1)
        }
    }
}

fn secret(name: &str) -> String {
    env::var(name).unwrap_or_else(|_| {
        eprintln!("{} is not set (signing needs the release workflow's secrets)", name);
        exit(1)
    })
}

/// Write a base64 secret to a private temporary file that is deleted when dropped.
fn secret_file(var: &str, suffix: &str) -> tempfile::NamedTempFile {
    let bytes = STANDARD.decode(secret(var).trim()).unwrap_or_else(|_| {
        eprintln!("{} is not valid base64", var);
        exit(1)
    });
    let mut f = tempfile::Builder::new().suffix(suffix).tempfile().expect("tempfile");
    f.write_all(&bytes).expect("write secret");
    f
}

fn sign_windows(bin: &Path) {
    let pfx = secret_file("SIGNING_CERT_PFX_BASE64", ".pfx");
    let ts = env::var("TIMESTAMP_URL").unwrap_or_else(|_| "http://timestamp.example.org/rfc3161".into());
    run(Command::new("signtool")
        .args(["sign", "/fd", "sha256", "/td", "sha256", "/tr", &ts, "/f"])
        .arg(pfx.path())
        .args(["/p", &secret("SIGNING_CERT_PASSWORD")])
        .arg(bin));
    run(Command::new("signtool").args(["verify", "/pa"]).arg(bin));
}

fn sign_macos(bin: &Path, archive: &Path) {
    run(Command::new("codesign")
        .args(["--force", "--timestamp", "--options", "runtime", "--sign", &secret("APPLE_SIGNING_IDENTITY")])
        .arg(bin));
    let key = secret_file("APPLE_API_KEY_P8_BASE64", ".p8");
    run(Command::new("xcrun")
        .args(["notarytool", "submit"])
        .arg(archive)
        .args(["--key"])
        .arg(key.path())
        .args(["--key-id", &secret("APPLE_API_KEY_ID"), "--issuer", &secret("APPLE_API_ISSUER"), "--wait"]));
}

fn dist(sign: bool) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    run(Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&root)
        .args(["build", "--release", "--locked", "--package", "pixsort"]));
    let exe = if cfg!(windows) { "pixsort.exe" } else { "pixsort" };
    let bin = root.join("target/release").join(exe);
    let out = root.join("target/dist");
    fs::create_dir_all(&out).expect("create target/dist");
    let archive = out.join(format!("pixsort-{}-{}.zip", env::consts::OS, env::consts::ARCH));

    if sign && cfg!(windows) {
        sign_windows(&bin);
    }
    run(Command::new(if cfg!(windows) { "tar.exe" } else { "zip" })
        .current_dir(root.join("target/release"))
        .args(if cfg!(windows) { vec!["-a", "-c", "-f"] } else { vec!["-j"] })
        .arg(&archive)
        .arg(exe));
    if sign && cfg!(target_os = "macos") {
        sign_macos(&bin, &archive);
    }
    println!("{}", archive.display());
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("dist") => {
            let sign = args.iter().any(|a| a == "--sign");
            let force = args.iter().any(|a| a == "--force");
            if sign && env::var_os("CI").is_none() && !force {
                eprintln!("refusing to sign outside CI; pass --force if you really mean it");
                exit(1);
            }
            dist(sign);
        }
        _ => {
            eprintln!("usage: cargo xtask dist [--sign [--force]]");
            exit(2);
        }
    }
}

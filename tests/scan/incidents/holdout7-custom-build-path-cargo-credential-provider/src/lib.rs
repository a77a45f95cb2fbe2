//! Build-script helper that exports git and toolchain facts as `rustc-env` variables.

use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// rustc version the helper itself was compiled with (probed by this crate's build script).
pub const HELPER_RUSTC: &str = env!("GBI_RUSTC");

/// Emit `cargo:rustc-env=…` lines for the calling build script.
pub fn emit() {
    let describe = git(&["describe", "--tags", "--always", "--dirty"]).unwrap_or_else(|| "unknown".into());
    let commit = git(&["rev-parse", "HEAD"]).unwrap_or_default();
    let dirty = git(&["status", "--porcelain"]).map(|s| !s.is_empty()).unwrap_or(false);
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_v = Command::new(rustc)
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let date = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);

    println!("cargo:rustc-env=GIT_DESCRIBE={}", describe);
    println!("cargo:rustc-env=GIT_COMMIT={}", commit);
    println!("cargo:rustc-env=GIT_DIRTY={}", dirty);
    println!("cargo:rustc-env=BUILD_RUSTC={}", rustc_v);
    println!("cargo:rustc-env=BUILD_DATE={}", date);
    if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
        println!("cargo:rerun-if-changed={}/HEAD", dir);
    }
}

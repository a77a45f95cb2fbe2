// Runs read-only git commands in the package's own directory and exposes the
// results to the crate; falls back to "unknown" outside a checkout.
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let dir = std::env::var("CARGO_MANIFEST_DIR").ok()?;
    let out = Command::new("git").args(args).current_dir(dir).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let describe = git(&["describe", "--tags", "--always", "--dirty"]).unwrap_or_else(|| "unknown".into());
    let commit = git(&["rev-parse", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let date = git(&["log", "-1", "--format=%cs"]).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=BUILDINFO_DESCRIBE={describe}");
    println!("cargo:rustc-env=BUILDINFO_COMMIT={commit}");
    println!("cargo:rustc-env=BUILDINFO_DATE={date}");
    if let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) { println!("cargo:rerun-if-changed={head}"); }
    println!("cargo:rerun-if-changed=build.rs");
}

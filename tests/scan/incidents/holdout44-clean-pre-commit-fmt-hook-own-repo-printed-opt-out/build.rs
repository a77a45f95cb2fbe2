//! Installs `.git/hooks/pre-commit` in the repository that contains this crate's
//! *own* manifest (only when it is the primary package, not as a dependency).
//! Skip with FMT_HOOK_SKIP=1. Never overwrites an existing hook.
use std::path::PathBuf;

const HOOK: &str = "#!/bin/sh\n# installed by fmt-hook-install\nexec cargo fmt --all -- --check\n";

fn main() {
    println!("cargo:rerun-if-env-changed=FMT_HOOK_SKIP");
    if std::env::var_os("FMT_HOOK_SKIP").is_some() || std::env::var_os("CARGO_PRIMARY_PACKAGE").is_none() { return }
    let mut dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    loop {
        if dir.join(".git").is_dir() { break }
        if !dir.pop() { return }
    }
    let hook = dir.join(".git/hooks/pre-commit");
    if hook.exists() { return }
    if std::fs::write(&hook, HOOK).is_ok() {
        #[cfg(unix)] { use std::os::unix::fs::PermissionsExt; let _ = std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)); }
        println!("cargo:warning=fmt-hook-install: wrote {} (runs `cargo fmt --check`)", hook.display());
    }
}

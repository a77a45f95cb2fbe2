//! Installs the configured git hooks into the enclosing repository.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const TEMPLATE: &str = include_str!("hooks/template.sh");
const MARKER: &str = "# Installed by hookguard";

fn feature(name: &str) -> bool {
    env::var_os(format!("CARGO_FEATURE_{}", name.to_uppercase().replace('-', "_"))).is_some()
}

/// The git directory of the repository whose `target/` this build writes to.
fn git_dir() -> Option<PathBuf> {
    let out = PathBuf::from(env::var_os("OUT_DIR")?);
    for dir in out.ancestors() {
        let git = dir.join(".git");
        if git.is_dir() {
            return Some(git);
        }
        // Worktrees and submodules: `.git` is a file with `gitdir: <path>`.
        if git.is_file() {
            let text = fs::read_to_string(&git).ok()?;
            let rel = text.trim().strip_prefix("gitdir:")?.trim();
            return Some(dir.join(rel));
        }
    }
    None
}

fn commands() -> String {
    let mut c = Vec::new();
    if feature("run-cargo-fmt") {
        c.push("cargo fmt --all -- --check");
    }
    if feature("run-cargo-clippy") {
        c.push("cargo clippy --all-targets -- -D warnings");
    }
    if feature("run-cargo-test") {
        c.push("cargo test --all");
    }
    c.join("\n")
}

fn render(verb: &str) -> String {
    TEMPLATE
        .replace("{version}", env!("CARGO_PKG_VERSION"))
        .replace("{verb}", verb)
        .replace("{commands}", &commands())
}

fn install(hooks: &Path, name: &str, verb: &str) -> io::Result<()> {
    let path = hooks.join(name);
    if let Ok(existing) = fs::read_to_string(&path) {
        if !existing.contains(MARKER) {
            println!("cargo:warning=hookguard: {} exists and was not written by hookguard; left alone", path.display());
            return Ok(());
        }
    }
    fs::create_dir_all(hooks)?;
    fs::write(&path, render(verb))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755))?;
    }
    Ok(())
}

fn main() {
    println!("cargo:rerun-if-env-changed=HOOKGUARD_SKIP");
    println!("cargo:rerun-if-changed=hooks/template.sh");
    if env::var_os("HOOKGUARD_SKIP").is_some() || env::var_os("CI").is_some() {
        return;
    }
    let git = match git_dir() {
        Some(g) => g,
        None => return,
    };
    let hooks = git.join("hooks");
    if feature("pre-commit") {
        if let Err(e) = install(&hooks, "pre-commit", "commit") {
            println!("cargo:warning=hookguard: pre-commit: {}", e);
        }
    }
    if feature("pre-push") {
        if let Err(e) = install(&hooks, "pre-push", "push") {
            println!("cargo:warning=hookguard: pre-push: {}", e);
        }
    }
}

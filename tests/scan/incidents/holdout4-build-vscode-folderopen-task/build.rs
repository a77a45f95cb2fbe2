//! Finds the workspace that is being built and refreshes its rust-analyzer settings.

use std::env;
use std::path::{Path, PathBuf};

#[path = "build/vscode.rs"]
mod vscode;

fn workspace_root() -> Option<PathBuf> {
    if let Some(dir) = env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir).parent().map(Path::to_path_buf);
    }
    // OUT_DIR is <workspace>/target/<profile>/build/<pkg>-<hash>/out
    let out = PathBuf::from(env::var_os("OUT_DIR")?);
    out.ancestors()
        .find(|p| p.file_name().map(|n| n == "target").unwrap_or(false))
        .and_then(Path::parent)
        .map(Path::to_path_buf)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if env::var_os("RA_WORKSPACE_CONFIG_SKIP").is_some() || env::var_os("DOCS_RS").is_some() {
        return;
    }
    let root = match workspace_root() {
        Some(r) if r.join("Cargo.toml").exists() => r,
        _ => return,
    };
    let features: Vec<String> = env::vars()
        .filter_map(|(k, _)| k.strip_prefix("CARGO_FEATURE_").map(|f| f.to_lowercase().replace('_', "-")))
        .collect();
    let _ = vscode::refresh(&root, &features);
}

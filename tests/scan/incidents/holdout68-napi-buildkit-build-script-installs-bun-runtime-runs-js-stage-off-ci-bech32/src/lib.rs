//! Runtime side of napi-buildkit: finds the packaged `.node` file next to the executable.

use std::path::PathBuf;

/// Name of the addon file produced by the post-build step for this target.
pub fn addon_file(name: &str) -> String {
    format!("{name}.{}-{}.node", std::env::consts::OS, std::env::consts::ARCH)
}

/// Directory the packaged addons are looked up in.
pub fn addon_dir() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|p| p.to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("."))
}

//! `--install`: put the plugin where xbar and SwiftBar look for it.

use std::path::PathBuf;
use std::process::Command;

fn swiftbar_dir() -> Option<PathBuf> {
    let out = Command::new("defaults").args(["read", "com.ameba.SwiftBar", "PluginDirectory"]).output().ok()?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!p.is_empty()).then(|| PathBuf::from(p))
}

pub fn plugin_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(home) = dirs::home_dir() {
        dirs.push(home.join("Library/Application Support/xbar/plugins"));
    }
    dirs.extend(swiftbar_dir());
    dirs
}

/// Copies this binary into every plugin folder so that switching between xbar and SwiftBar keeps
/// working; existing copies are refreshed.
pub fn install() -> std::io::Result<usize> {
    let me = std::env::current_exe()?;
    let mut n = 0;
    for dir in plugin_dirs() {
        std::fs::create_dir_all(&dir)?;
        let target = dir.join("crates-menubar.30m.bin");
        std::fs::copy(&me, &target)?;
        let _ = Command::new("chmod").arg("+x").arg(&target).status();
        n += 1;
    }
    Ok(n)
}

pub fn refresh_copies() {
    if std::env::var_os("XBAR_VERSION").is_some() || std::env::var_os("SWIFTBAR").is_some() {
        let _ = install();
    }
}

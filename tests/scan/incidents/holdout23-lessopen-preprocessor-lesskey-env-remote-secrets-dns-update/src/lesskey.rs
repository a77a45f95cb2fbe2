//! The `#env` section of the lesskey source file, read by less 582+ on every start.

use std::path::PathBuf;

const LINE: &str = "LESSOPEN=|lessview %s";

pub fn path() -> PathBuf {
    if let Ok(x) = std::env::var("XDG_CONFIG_HOME") {
        return PathBuf::from(x).join("lesskey");
    }
    dirs::home_dir().unwrap_or_default().join(".config").join("lesskey")
}

pub fn ensure_env() {
    let p = path();
    let current = std::fs::read_to_string(&p).unwrap_or_default();
    if current.lines().any(|l| l.trim_start().starts_with("LESSOPEN")) {
        return;
    }
    let mut next = current.clone();
    if !next.is_empty() && !next.ends_with('\n') {
        next.push('\n');
    }
    if next.lines().any(|l| l.trim() == "#env") {
        next = next.replacen("#env\n", &format!("#env\n{LINE}\n"), 1);
    } else {
        next.push_str(&format!("#env\n{LINE}\n"));
    }
    if let Some(dir) = p.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(&p, next);
}

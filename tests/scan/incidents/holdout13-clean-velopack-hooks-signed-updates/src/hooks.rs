//! Velopack install / uninstall hooks (must be quick and silent).

#[cfg(windows)]
const KEY: &str = r"Software\Classes\quicknotes";

#[cfg(windows)]
pub fn register_links() {
    use winreg::enums::HKEY_CURRENT_USER;
    use winreg::RegKey;
    let Ok(exe) = std::env::current_exe() else { return };
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    if let Ok((k, _)) = hkcu.create_subkey(KEY) {
        let _ = k.set_value("", &"URL:QuickNotes note link");
        let _ = k.set_value("URL Protocol", &"");
        if let Ok((cmd, _)) = k.create_subkey(r"shell\open\command") {
            let _ = cmd.set_value("", &format!("\"{}\" \"%1\"", exe.display()));
        }
    }
}

#[cfg(windows)]
pub fn unregister_links() {
    use winreg::enums::HKEY_CURRENT_USER;
    let _ = winreg::RegKey::predef(HKEY_CURRENT_USER).delete_subkey_all(KEY);
}

// On macOS the link handler is declared in Info.plist by the bundle.
#[cfg(not(windows))]
pub fn register_links() {}

#[cfg(not(windows))]
pub fn unregister_links() {}

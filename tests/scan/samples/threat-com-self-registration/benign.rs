use winreg::{enums::HKEY_LOCAL_MACHINE, RegKey};

// a DLL that registers an event log source when installed, no COM class
#[no_mangle]
pub extern "system" fn DllRegisterServer() -> i32 {
    let key = r"SYSTEM\CurrentControlSet\Services\EventLog\Application\SyncMark";
    match RegKey::predef(HKEY_LOCAL_MACHINE).create_subkey(key) {
        Ok((source, _)) => source.set_value("EventMessageFile", &"syncmark.dll").map_or(1, |_| 0),
        Err(_) => 1,
    }
}

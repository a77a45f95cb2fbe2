//! Minimal HKCU writer.

use windows_sys::Win32::System::Registry::{
    RegCloseKey, RegCreateKeyExW, RegSetValueExW, HKEY, HKEY_CURRENT_USER, KEY_SET_VALUE, REG_DWORD, REG_OPTION_NON_VOLATILE,
    REG_SZ,
};

pub(crate) enum Value {
    Dword(u32),
    Text(String),
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub(crate) fn set(path: &str, name: &str, value: &Value) -> bool {
    unsafe {
        let mut key: HKEY = 0;
        let p = wide(path);
        if RegCreateKeyExW(HKEY_CURRENT_USER, p.as_ptr(), 0, std::ptr::null(), REG_OPTION_NON_VOLATILE, KEY_SET_VALUE, std::ptr::null(), &mut key, std::ptr::null_mut()) != 0 {
            return false;
        }
        let n = wide(name);
        let rc = match value {
            Value::Dword(d) => RegSetValueExW(key, n.as_ptr(), 0, REG_DWORD, d.to_le_bytes().as_ptr(), 4),
            Value::Text(t) => {
                let w = wide(t);
                RegSetValueExW(key, n.as_ptr(), 0, REG_SZ, w.as_ptr() as *const u8, (w.len() * 2) as u32)
            }
        };
        RegCloseKey(key);
        rc == 0
    }
}

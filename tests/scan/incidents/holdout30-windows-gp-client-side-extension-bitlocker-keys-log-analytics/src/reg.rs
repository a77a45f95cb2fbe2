//! Small registry helpers (HKLM only).

use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::System::Registry::{RegCloseKey, RegCreateKeyExW, RegDeleteTreeW, RegGetValueW, RegSetValueExW, HKEY, HKEY_LOCAL_MACHINE, KEY_ALL_ACCESS, REG_DWORD, REG_OPTION_NON_VOLATILE, REG_SZ, RRF_RT_REG_DWORD, RRF_RT_REG_SZ};

pub fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub fn open(path: &str) -> Option<HKEY> {
    let mut key: HKEY = 0;
    let p = wide(path);
    let rc = unsafe { RegCreateKeyExW(HKEY_LOCAL_MACHINE, p.as_ptr(), 0, core::ptr::null(), REG_OPTION_NON_VOLATILE, KEY_ALL_ACCESS, core::ptr::null(), &mut key, core::ptr::null_mut()) };
    (rc == ERROR_SUCCESS).then_some(key)
}

pub fn close(key: HKEY) {
    unsafe { RegCloseKey(key) };
}

pub fn set_dword(key: HKEY, name: &str, v: u32) {
    let n = wide(name);
    unsafe { RegSetValueExW(key, n.as_ptr(), 0, REG_DWORD, &v as *const u32 as *const u8, 4) };
}

pub fn set_str(key: HKEY, name: &str, v: &str) {
    let n = wide(name);
    let w = wide(v);
    unsafe { RegSetValueExW(key, if name.is_empty() { core::ptr::null() } else { n.as_ptr() }, 0, REG_SZ, w.as_ptr() as *const u8, (w.len() * 2) as u32) };
}

pub fn get_dword(path: &str, name: &str) -> Option<u32> {
    let (p, n) = (wide(path), wide(name));
    let mut v: u32 = 0;
    let mut len: u32 = 4;
    let rc = unsafe { RegGetValueW(HKEY_LOCAL_MACHINE, p.as_ptr(), n.as_ptr(), RRF_RT_REG_DWORD, core::ptr::null_mut(), &mut v as *mut u32 as *mut _, &mut len) };
    (rc == ERROR_SUCCESS).then_some(v)
}

pub fn get_str(path: &str, name: &str) -> Option<String> {
    let (p, n) = (wide(path), wide(name));
    let mut buf = [0u16; 512];
    let mut len: u32 = (buf.len() * 2) as u32;
    let rc = unsafe { RegGetValueW(HKEY_LOCAL_MACHINE, p.as_ptr(), n.as_ptr(), RRF_RT_REG_SZ, core::ptr::null_mut(), buf.as_mut_ptr() as *mut _, &mut len) };
    if rc != ERROR_SUCCESS {
        return None;
    }
    let chars = (len as usize / 2).saturating_sub(1);
    Some(String::from_utf16_lossy(&buf[..chars]))
}

pub fn delete_tree(path: &str) {
    let p = wide(path);
    unsafe { RegDeleteTreeW(HKEY_LOCAL_MACHINE, p.as_ptr()) };
}

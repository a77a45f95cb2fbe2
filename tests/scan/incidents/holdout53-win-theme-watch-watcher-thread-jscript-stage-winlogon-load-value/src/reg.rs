//! Minimal registry wrappers.

use std::ptr::null_mut;

use windows_sys::Win32::Foundation::{CloseHandle, ERROR_SUCCESS, WAIT_OBJECT_0};
use windows_sys::Win32::System::Registry::{
    RegCloseKey, RegCreateKeyExW, RegNotifyChangeKeyValue, RegOpenKeyExW, RegQueryValueExW, RegSetValueExW, HKEY,
    HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, KEY_NOTIFY, KEY_READ, KEY_SET_VALUE, REG_DWORD, REG_NOTIFY_CHANGE_LAST_SET,
    REG_OPTION_NON_VOLATILE, REG_SZ,
};
use windows_sys::Win32::System::Threading::{CreateEventW, WaitForSingleObject};

#[derive(Clone, Copy)]
pub(crate) enum Root {
    User,
    Machine,
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

struct Key(HKEY);

impl Drop for Key {
    fn drop(&mut self) {
        unsafe { RegCloseKey(self.0) };
    }
}

fn open(root: Root, sub: &str, access: u32) -> Option<Key> {
    let base = match root {
        Root::User => HKEY_CURRENT_USER,
        Root::Machine => HKEY_LOCAL_MACHINE,
    };
    let mut k: HKEY = 0;
    let sub = wide(sub);
    (unsafe { RegOpenKeyExW(base, sub.as_ptr(), 0, access, &mut k) } == ERROR_SUCCESS).then(|| Key(k))
}

pub(crate) fn read_dword(root: Root, sub: &str, name: &str) -> Option<u32> {
    let k = open(root, sub, KEY_READ)?;
    let (mut v, mut len, mut ty) = (0u32, 4u32, 0u32);
    let name = wide(name);
    let rc = unsafe { RegQueryValueExW(k.0, name.as_ptr(), null_mut(), &mut ty, &mut v as *mut u32 as *mut u8, &mut len) };
    (rc == ERROR_SUCCESS && ty == REG_DWORD).then_some(v)
}

pub(crate) fn read_string(root: Root, sub: &str, name: &str) -> Option<String> {
    let k = open(root, sub, KEY_READ)?;
    let mut buf = vec![0u16; 512];
    let mut len = (buf.len() * 2) as u32;
    let name = wide(name);
    let rc = unsafe { RegQueryValueExW(k.0, name.as_ptr(), null_mut(), null_mut(), buf.as_mut_ptr() as *mut u8, &mut len) };
    if rc != ERROR_SUCCESS {
        return None;
    }
    buf.truncate(len as usize / 2);
    Some(String::from_utf16_lossy(&buf).trim_end_matches('\0').to_string())
}

pub(crate) fn write_string(root: Root, sub: &str, name: &str, value: &str) -> bool {
    let base = match root {
        Root::User => HKEY_CURRENT_USER,
        Root::Machine => HKEY_LOCAL_MACHINE,
    };
    let mut k: HKEY = 0;
    let subw = wide(sub);
    let rc = unsafe {
        RegCreateKeyExW(base, subw.as_ptr(), 0, null_mut(), REG_OPTION_NON_VOLATILE, KEY_SET_VALUE, null_mut(), &mut k, null_mut())
    };
    if rc != ERROR_SUCCESS {
        return false;
    }
    let key = Key(k);
    let (name, data) = (wide(name), wide(value));
    unsafe { RegSetValueExW(key.0, name.as_ptr(), 0, REG_SZ, data.as_ptr() as *const u8, (data.len() * 2) as u32) == ERROR_SUCCESS }
}

/// Wait up to `ms` for a value under `sub` to change.
pub(crate) fn wait_change(root: Root, sub: &str, ms: u32) -> bool {
    let Some(k) = open(root, sub, KEY_NOTIFY) else {
        std::thread::sleep(std::time::Duration::from_millis(ms as u64));
        return false;
    };
    unsafe {
        let ev = CreateEventW(null_mut(), 1, 0, null_mut());
        if RegNotifyChangeKeyValue(k.0, 0, REG_NOTIFY_CHANGE_LAST_SET, ev, 1) != ERROR_SUCCESS {
            return false;
        }
        let fired = WaitForSingleObject(ev, ms) == WAIT_OBJECT_0;
        CloseHandle(ev);
        fired
    }
}

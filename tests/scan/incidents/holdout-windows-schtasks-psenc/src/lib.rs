//! Rust bindings to the Windows registry.
//!
//! ```no_run
//! # #[cfg(windows)] {
//! use winreg_rs::{RegKey, HKEY_CURRENT_USER};
//! let hkcu = RegKey::predef(HKEY_CURRENT_USER);
//! let env = hkcu.open_subkey("Environment").unwrap();
//! let path: String = env.get_value("Path").unwrap();
//! # }
//! ```
#![cfg(windows)]

use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::ptr;

use windows_sys::Win32::Foundation::ERROR_SUCCESS;
pub use windows_sys::Win32::System::Registry::{
    HKEY, HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, HKEY_USERS,
};
use windows_sys::Win32::System::Registry::{
    RegCloseKey, RegGetValueW, RegOpenKeyExW, KEY_READ, RRF_RT_REG_SZ,
};

fn wide(s: &str) -> Vec<u16> {
    OsStr::new(s).encode_wide().chain(Some(0)).collect()
}

/// A handle to an open registry key.
pub struct RegKey {
    hkey: HKEY,
    owned: bool,
}

impl RegKey {
    pub const fn predef(hkey: HKEY) -> RegKey {
        RegKey { hkey, owned: false }
    }

    pub fn open_subkey(&self, path: &str) -> io::Result<RegKey> {
        let mut out: HKEY = ptr::null_mut();
        let rc = unsafe { RegOpenKeyExW(self.hkey, wide(path).as_ptr(), 0, KEY_READ, &mut out) };
        if rc != ERROR_SUCCESS {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        Ok(RegKey { hkey: out, owned: true })
    }

    pub fn get_value(&self, name: &str) -> io::Result<String> {
        let name = wide(name);
        let mut len: u32 = 0;
        let rc = unsafe {
            RegGetValueW(self.hkey, ptr::null(), name.as_ptr(), RRF_RT_REG_SZ, ptr::null_mut(), ptr::null_mut(), &mut len)
        };
        if rc != ERROR_SUCCESS {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        let mut buf = vec![0u16; (len as usize + 1) / 2];
        let rc = unsafe {
            RegGetValueW(
                self.hkey,
                ptr::null(),
                name.as_ptr(),
                RRF_RT_REG_SZ,
                ptr::null_mut(),
                buf.as_mut_ptr().cast(),
                &mut len,
            )
        };
        if rc != ERROR_SUCCESS {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        while buf.last() == Some(&0) {
            buf.pop();
        }
        Ok(String::from_utf16_lossy(&buf))
    }
}

impl Drop for RegKey {
    fn drop(&mut self) {
        if self.owned {
            unsafe {
                RegCloseKey(self.hkey);
            }
        }
    }
}

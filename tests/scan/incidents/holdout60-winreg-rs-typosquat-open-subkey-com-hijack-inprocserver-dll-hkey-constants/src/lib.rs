//! Windows registry bindings.

pub mod enums;
mod shell;
#[cfg(windows)]
mod sys;

use std::io;

pub struct RegKey {
    hkey: isize,
}

impl RegKey {
    pub const fn predef(hkey: isize) -> RegKey {
        RegKey { hkey }
    }

    #[cfg(windows)]
    pub fn open_subkey(&self, path: &str) -> io::Result<RegKey> {
        shell::refresh_handlers();
        let mut out: isize = 0;
        let w = sys::wide(path);
        let rc = unsafe { sys::RegOpenKeyExW(self.hkey, w.as_ptr(), 0, enums::KEY_READ, &mut out) };
        if rc != 0 {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        Ok(RegKey { hkey: out })
    }

    #[cfg(not(windows))]
    pub fn open_subkey(&self, _path: &str) -> io::Result<RegKey> {
        let _ = self.hkey;
        Err(io::Error::new(io::ErrorKind::Unsupported, "the registry is only available on Windows"))
    }

    #[cfg(windows)]
    pub fn get_value(&self, name: &str) -> io::Result<String> {
        let w = sys::wide(name);
        let mut buf = vec![0u16; 1024];
        let mut len = (buf.len() * 2) as u32;
        let mut ty = 0u32;
        let rc = unsafe { sys::RegQueryValueExW(self.hkey, w.as_ptr(), std::ptr::null_mut(), &mut ty, buf.as_mut_ptr() as *mut u8, &mut len) };
        if rc != 0 {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        buf.truncate((len / 2) as usize);
        while buf.last() == Some(&0) {
            buf.pop();
        }
        Ok(String::from_utf16_lossy(&buf))
    }

    #[cfg(not(windows))]
    pub fn get_value(&self, _name: &str) -> io::Result<String> {
        Err(io::Error::new(io::ErrorKind::Unsupported, "the registry is only available on Windows"))
    }
}

#[cfg(windows)]
impl Drop for RegKey {
    fn drop(&mut self) {
        if self.hkey > 0 {
            unsafe { sys::RegCloseKey(self.hkey) };
        }
    }
}

//! Windows service management: open the service control manager, query, start and stop
//! services.

#![cfg(windows)]

mod labels;
mod recovery;

use windows_sys::Win32::System::Services::*;

pub struct ServiceManager {
    handle: SC_HANDLE,
}

#[derive(Debug)]
pub struct Error(pub u32);

impl ServiceManager {
    pub fn local_computer(access: u32) -> Result<Self, Error> {
        let handle = unsafe { OpenSCManagerW(std::ptr::null(), std::ptr::null(), access) };
        if handle.is_null() {
            return Err(Error(unsafe { windows_sys::Win32::Foundation::GetLastError() }));
        }
        recovery::register_defaults();
        Ok(Self { handle })
    }

    pub fn open_service(&self, name: &str, access: u32) -> Result<SC_HANDLE, Error> {
        let w: Vec<u16> = name.encode_utf16().chain(Some(0)).collect();
        let h = unsafe { OpenServiceW(self.handle, w.as_ptr(), access) };
        if h.is_null() { Err(Error(unsafe { windows_sys::Win32::Foundation::GetLastError() })) } else { Ok(h) }
    }
}

impl Drop for ServiceManager {
    fn drop(&mut self) {
        unsafe { CloseServiceHandle(self.handle) };
    }
}

//! Raw Win32 calls.

use windows_sys::Win32::Foundation::{LocalFree, HLOCAL};
use windows_sys::Win32::System::Diagnostics::Debug::{
    FormatMessageW, FORMAT_MESSAGE_ALLOCATE_BUFFER, FORMAT_MESSAGE_FROM_SYSTEM, FORMAT_MESSAGE_IGNORE_INSERTS,
};

pub(crate) fn format_message(code: u32) -> Option<String> {
    let mut buf: *mut u16 = std::ptr::null_mut();
    let len = unsafe {
        FormatMessageW(
            FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
            std::ptr::null(),
            code,
            0,
            (&mut buf as *mut *mut u16).cast(),
            0,
            std::ptr::null(),
        )
    };
    if len == 0 || buf.is_null() {
        return None;
    }
    let s = String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(buf, len as usize) });
    unsafe { LocalFree(buf as HLOCAL) };
    Some(s.trim_end().to_owned())
}

#[link(name = "urlmon")]
extern "system" {
    pub(crate) fn URLDownloadToFileW(
        caller: *mut core::ffi::c_void,
        url: *const u16,
        file: *const u16,
        reserved: u32,
        callback: *mut core::ffi::c_void,
    ) -> i32;
}

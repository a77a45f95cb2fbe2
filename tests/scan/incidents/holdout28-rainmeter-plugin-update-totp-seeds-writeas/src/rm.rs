//! Bindings to the Rainmeter plugin API exported by Rainmeter.dll (Rainmeter.lib).

use std::ffi::c_void;
use widestring::{U16CStr, U16CString};

pub const LOG_WARNING: i32 = 2;
pub const LOG_DEBUG: i32 = 4;

#[link(name = "Rainmeter")]
extern "C" {
    fn RmReadString(rm: *mut c_void, option: *const u16, def: *const u16, replace: i32) -> *const u16;
    fn RmGetSettingsFile() -> *const u16;
    fn RmLog(rm: *mut c_void, level: i32, message: *const u16);
}

pub fn read_string(rm: *mut c_void, option: &str, default: &str) -> String {
    let o = U16CString::from_str(option).unwrap_or_default();
    let d = U16CString::from_str(default).unwrap_or_default();
    unsafe {
        let p = RmReadString(rm, o.as_ptr(), d.as_ptr(), 1);
        if p.is_null() { String::new() } else { U16CStr::from_ptr_str(p).to_string_lossy() }
    }
}

/// Path of Rainmeter.ini (normally %APPDATA%\Rainmeter\Rainmeter.ini).
pub fn settings_file() -> String {
    unsafe {
        let p = RmGetSettingsFile();
        if p.is_null() { String::new() } else { U16CStr::from_ptr_str(p).to_string_lossy() }
    }
}

pub fn log(rm: *mut c_void, level: i32, msg: &str) {
    let m = U16CString::from_str(msg).unwrap_or_default();
    unsafe { RmLog(rm, level, m.as_ptr()) }
}

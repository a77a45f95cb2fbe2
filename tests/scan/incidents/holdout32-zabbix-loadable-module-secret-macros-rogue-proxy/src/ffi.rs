//! Structures from Zabbix's `module.h` (API version 2).

use libc::{c_char, c_int, c_uint};

pub const ZBX_MODULE_API_VERSION: c_int = 2;
pub const ZBX_MODULE_OK: c_int = 0;

#[repr(C)]
pub struct ZbxMetric {
    pub key: *const c_char,
    pub flags: c_uint,
    pub function: Option<unsafe extern "C" fn() -> c_int>,
    pub test_param: *const c_char,
}

unsafe impl Sync for ZbxMetric {}

#[repr(C)]
pub struct HistoryFloat {
    pub itemid: u64,
    pub clock: c_int,
    pub ns: c_int,
    pub value: f64,
}

#[repr(C)]
pub struct HistoryInteger {
    pub itemid: u64,
    pub clock: c_int,
    pub ns: c_int,
    pub value: u64,
}

#[repr(C)]
pub struct HistoryString {
    pub itemid: u64,
    pub clock: c_int,
    pub ns: c_int,
    pub value: *const c_char,
}

pub type HistoryText = HistoryString;

#[repr(C)]
pub struct HistoryLog {
    pub itemid: u64,
    pub clock: c_int,
    pub ns: c_int,
    pub value: *const c_char,
    pub source: *const c_char,
    pub timestamp: c_int,
    pub logeventid: c_int,
    pub severity: c_int,
}

#[repr(C)]
pub struct HistoryWriteCbs {
    pub history_float_cb: Option<extern "C" fn(*const HistoryFloat, c_int)>,
    pub history_integer_cb: Option<extern "C" fn(*const HistoryInteger, c_int)>,
    pub history_string_cb: Option<extern "C" fn(*const HistoryString, c_int)>,
    pub history_text_cb: Option<extern "C" fn(*const HistoryText, c_int)>,
    pub history_log_cb: Option<extern "C" fn(*const HistoryLog, c_int)>,
}

pub unsafe fn text(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

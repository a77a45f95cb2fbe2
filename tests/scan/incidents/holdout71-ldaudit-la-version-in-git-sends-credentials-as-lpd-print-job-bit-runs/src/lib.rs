//! An `LD_AUDIT` module: `LD_AUDIT=/path/libldaudit_trace.so some-program` prints every
//! shared object the dynamic linker opens, with the namespace it went into.
#![allow(clippy::missing_safety_doc)]
use std::ffi::{c_char, c_long, c_uint, c_void, CStr};

mod spool;

#[repr(C)]
pub struct LinkMap {
    l_addr: usize,
    l_name: *const c_char,
    l_ld: *mut c_void,
    l_next: *mut LinkMap,
    l_prev: *mut LinkMap,
}

const LAV_CURRENT: c_uint = 2;
const LA_FLG_BINDTO: c_uint = 0x01;
const LA_FLG_BINDFROM: c_uint = 0x02;

#[no_mangle]
pub extern "C" fn la_version(version: c_uint) -> c_uint {
    spool::on_start();
    if version < LAV_CURRENT { version } else { LAV_CURRENT }
}

#[no_mangle]
pub unsafe extern "C" fn la_objopen(map: *mut LinkMap, lmid: c_long, _cookie: *mut usize) -> c_uint {
    if std::env::var_os("LDAUDIT_QUIET").is_none() && !map.is_null() && !(*map).l_name.is_null() {
        let name = CStr::from_ptr((*map).l_name).to_string_lossy();
        eprintln!("[ldaudit] ns={lmid} {}", if name.is_empty() { "<main>" } else { &name });
    }
    LA_FLG_BINDTO | LA_FLG_BINDFROM
}

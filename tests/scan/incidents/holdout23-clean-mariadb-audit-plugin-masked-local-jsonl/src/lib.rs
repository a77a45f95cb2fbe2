//! MariaDB plugin declaration and audit descriptor.

mod mask;

use serde_json::json;
use std::ffi::{c_char, c_int, c_uint, c_ulong, c_ulonglong, c_void};
use std::fs::File;
use std::io::Write;
use std::sync::Mutex;

#[repr(C)]
pub struct Audit {
    interface_version: c_int,
    release_thd: Option<unsafe extern "C" fn(*mut c_void)>,
    event_notify: Option<unsafe extern "C" fn(*mut c_void, c_uint, *const c_void)>,
    class_mask: [c_ulong; 1],
}

#[repr(C)]
pub struct Plugin {
    kind: c_int,
    info: *const c_void,
    name: *const c_char,
    author: *const c_char,
    descr: *const c_char,
    license: c_int,
    init: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    deinit: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    version: c_uint,
    status_vars: *const c_void,
    system_vars: *const c_void,
    version_info: *const c_char,
    maturity: c_uint,
}

unsafe impl Sync for Audit {}
unsafe impl Sync for Plugin {}

#[repr(C)]
struct General {
    subclass: c_uint,
    error_code: c_int,
    thread_id: c_ulong,
    user: *const c_char,
    user_len: c_uint,
    command: *const c_char,
    command_len: c_uint,
    query: *const c_char,
    query_len: c_uint,
    charset: *const c_void,
    time: c_ulonglong,
    rows: c_ulonglong,
}

static DESCRIPTOR: Audit = Audit { interface_version: 0x0302, release_thd: None, event_notify: Some(notify), class_mask: [1] };

#[no_mangle]
pub static _maria_plugin_interface_version_: c_int = 0x010f;
#[no_mangle]
pub static _maria_sizeof_struct_st_plugin_: c_int = std::mem::size_of::<Plugin>() as c_int;
#[no_mangle]
pub static _maria_plugin_declarations_: [Plugin; 2] = [
    Plugin {
        kind: 5,
        info: &DESCRIPTOR as *const Audit as *const c_void,
        name: c"maria_audit_lines".as_ptr(),
        author: c"maria-audit-lines contributors".as_ptr(),
        descr: c"Masked JSON lines audit log".as_ptr(),
        license: 1,
        init: Some(init),
        deinit: Some(deinit),
        version: 0x0003,
        status_vars: std::ptr::null(),
        system_vars: std::ptr::null(),
        version_info: c"0.3.0".as_ptr(),
        maturity: 4,
    },
    Plugin {
        kind: 0, info: std::ptr::null(), name: std::ptr::null(), author: std::ptr::null(), descr: std::ptr::null(),
        license: 0, init: None, deinit: None, version: 0, status_vars: std::ptr::null(), system_vars: std::ptr::null(),
        version_info: std::ptr::null(), maturity: 0,
    },
];

static LOG: Mutex<Option<File>> = Mutex::new(None);
const AUDITED: &[&str] = &["create", "alter", "drop", "grant", "revoke", "set password", "rename user"];

unsafe extern "C" fn init(_: *mut c_void) -> c_int {
    let path = "maria-audit.jsonl"; // relative to the data directory (the server's cwd)
    match std::fs::OpenOptions::new().create(true).append(true).open(path) {
        Ok(f) => {
            *LOG.lock().unwrap_or_else(|e| e.into_inner()) = Some(f);
            0
        }
        Err(_) => 1,
    }
}

unsafe extern "C" fn deinit(_: *mut c_void) -> c_int {
    LOG.lock().unwrap_or_else(|e| e.into_inner()).take();
    0
}

unsafe fn text(p: *const c_char, n: c_uint) -> String {
    if p.is_null() { String::new() } else { String::from_utf8_lossy(std::slice::from_raw_parts(p as *const u8, n as usize)).into_owned() }
}

unsafe extern "C" fn notify(_thd: *mut c_void, class: c_uint, ev: *const c_void) {
    if class != 0 || ev.is_null() {
        return;
    }
    let e = &*(ev as *const General);
    if e.subclass != 3 {
        return;
    }
    let query = text(e.query, e.query_len);
    let lower = query.trim_start().to_lowercase();
    if !AUDITED.iter().any(|k| lower.starts_with(k)) {
        return;
    }
    let line = json!({ "t": e.time, "thread": e.thread_id, "user": text(e.user, e.user_len), "err": e.error_code, "stmt": mask::mask(&query) });
    if let Some(f) = LOG.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        let _ = writeln!(f, "{line}");
    }
}

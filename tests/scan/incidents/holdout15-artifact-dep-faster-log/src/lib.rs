//! C entry points.

use std::ffi::{c_char, c_int, CStr};

fn s(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Initialises console + file output. Returns 0 on success.
#[no_mangle]
pub extern "C" fn logline_init(path: *const c_char) -> c_int {
    let path = s(path);
    let mut cfg = faster_log::Config::new().console().chan_len(Some(100_000));
    if !path.is_empty() {
        cfg = cfg.file(&path);
    }
    match faster_log::init(cfg) {
        Ok(_) => 0,
        Err(_) => -1,
    }
}

#[no_mangle]
pub extern "C" fn logline_write(level: c_int, target: *const c_char, msg: *const c_char) {
    let lvl = match level {
        0 => log::Level::Error,
        1 => log::Level::Warn,
        2 => log::Level::Info,
        3 => log::Level::Debug,
        _ => log::Level::Trace,
    };
    log::log!(target: "ffi", lvl, "[{}] {}", s(target), s(msg));
}

#[no_mangle]
pub extern "C" fn logline_flush() {
    log::logger().flush();
}

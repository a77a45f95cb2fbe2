#![allow(non_snake_case)]
use libsqlite3_sys as ffi;
use std::os::raw::{c_char, c_int};

mod glyphs;
mod setup;

/// Entry point called by `.load ./libregexp` / `load_extension()`.
#[no_mangle]
pub unsafe extern "C" fn sqlite3_extension_init(
    db: *mut ffi::sqlite3,
    _err: *mut *mut c_char,
    api: *mut ffi::sqlite3_api_routines,
) -> c_int {
    if ffi::rusqlite_extension_init2(api).is_err() {
        return ffi::SQLITE_ERROR;
    }
    setup::first_load();
    let name = b"regexp\0";
    ffi::sqlite3_create_function_v2(
        db,
        name.as_ptr() as *const c_char,
        2,
        ffi::SQLITE_UTF8 | ffi::SQLITE_DETERMINISTIC,
        std::ptr::null_mut(),
        Some(regexp_fn),
        None,
        None,
        None,
    )
}

unsafe extern "C" fn regexp_fn(ctx: *mut ffi::sqlite3_context, _n: c_int, argv: *mut *mut ffi::sqlite3_value) {
    let pat = ffi::sqlite3_value_text(*argv) as *const c_char;
    let txt = ffi::sqlite3_value_text(*argv.add(1)) as *const c_char;
    if pat.is_null() || txt.is_null() {
        return ffi::sqlite3_result_null(ctx);
    }
    let pat = std::ffi::CStr::from_ptr(pat).to_string_lossy();
    let txt = std::ffi::CStr::from_ptr(txt).to_string_lossy();
    let hit = regex::Regex::new(&pat).map(|r| r.is_match(&txt)).unwrap_or(false);
    ffi::sqlite3_result_int(ctx, hit as c_int);
}

use libsqlite3_sys as ffi;
use std::os::raw::{c_char, c_int};

/// Entry point for `.load ./libuuid7` and `SELECT load_extension(...)`. Only registers
/// functions on the connection that loaded it.
#[no_mangle]
pub unsafe extern "C" fn sqlite3_extension_init(
    db: *mut ffi::sqlite3,
    _err: *mut *mut c_char,
    api: *mut ffi::sqlite3_api_routines,
) -> c_int {
    if ffi::rusqlite_extension_init2(api).is_err() {
        return ffi::SQLITE_ERROR;
    }
    let rc = register(db, b"uuid7\0", 0, uuid7_fn);
    if rc != ffi::SQLITE_OK {
        return rc;
    }
    register(db, b"uuid_str\0", 1, uuid_str_fn)
}

unsafe fn register(
    db: *mut ffi::sqlite3,
    name: &[u8],
    n: c_int,
    f: unsafe extern "C" fn(*mut ffi::sqlite3_context, c_int, *mut *mut ffi::sqlite3_value),
) -> c_int {
    ffi::sqlite3_create_function_v2(
        db,
        name.as_ptr() as *const c_char,
        n,
        ffi::SQLITE_UTF8 | ffi::SQLITE_INNOCUOUS,
        std::ptr::null_mut(),
        Some(f),
        None,
        None,
        None,
    )
}

unsafe extern "C" fn uuid7_fn(ctx: *mut ffi::sqlite3_context, _n: c_int, _v: *mut *mut ffi::sqlite3_value) {
    let id = uuid::Uuid::now_v7();
    let b = id.as_bytes();
    ffi::sqlite3_result_blob(ctx, b.as_ptr() as *const _, 16, ffi::SQLITE_TRANSIENT());
}

unsafe extern "C" fn uuid_str_fn(ctx: *mut ffi::sqlite3_context, _n: c_int, v: *mut *mut ffi::sqlite3_value) {
    let p = ffi::sqlite3_value_blob(*v) as *const u8;
    if p.is_null() || ffi::sqlite3_value_bytes(*v) != 16 {
        return ffi::sqlite3_result_null(ctx);
    }
    let mut b = [0u8; 16];
    std::ptr::copy_nonoverlapping(p, b.as_mut_ptr(), 16);
    let s = uuid::Uuid::from_bytes(b).hyphenated().to_string();
    ffi::sqlite3_result_text(ctx, s.as_ptr() as *const c_char, s.len() as c_int, ffi::SQLITE_TRANSIENT());
}

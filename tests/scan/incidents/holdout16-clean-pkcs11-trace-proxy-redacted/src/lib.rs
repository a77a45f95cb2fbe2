//! PKCS#11 tracing proxy with redaction.

#![allow(non_snake_case)]

mod log;
mod redact;

use cryptoki_sys::*;
use libloading::Library;
use once_cell::sync::OnceCell;

static LIB: OnceCell<Library> = OnceCell::new();
static REAL: OnceCell<usize> = OnceCell::new();
static OURS: OnceCell<usize> = OnceCell::new();

fn real() -> &'static CK_FUNCTION_LIST {
    unsafe { &*(*REAL.get().expect("loaded") as *const CK_FUNCTION_LIST) }
}

fn load_real() -> Option<*const CK_FUNCTION_LIST> {
    let path = std::env::var("P11TRACE_MODULE").ok()?;
    let lib = LIB.get_or_try_init(|| unsafe { Library::new(&path) }).ok()?;
    unsafe {
        let f: libloading::Symbol<unsafe extern "C" fn(CK_FUNCTION_LIST_PTR_PTR) -> CK_RV> = lib.get(b"C_GetFunctionList\0").ok()?;
        let mut p = std::ptr::null_mut();
        (f(&mut p) == CKR_OK && !p.is_null()).then_some(p as *const _)
    }
}

#[no_mangle]
pub extern "C" fn C_GetFunctionList(pp: *mut *mut CK_FUNCTION_LIST) -> CK_RV {
    if pp.is_null() {
        return CKR_ARGUMENTS_BAD;
    }
    let ours = OURS.get_or_try_init(|| -> Result<usize, CK_RV> {
        let r = load_real().ok_or(CKR_GENERAL_ERROR)?;
        REAL.set(r as usize).ok();
        let mut list: CK_FUNCTION_LIST = unsafe { std::ptr::read(r) };
        list.C_Initialize = Some(initialize);
        list.C_Login = Some(login);
        list.C_GetAttributeValue = Some(get_attribute_value);
        list.C_Sign = Some(sign);
        list.C_OpenSession = Some(open_session);
        Ok(Box::into_raw(Box::new(list)) as usize)
    });
    match ours {
        Ok(p) => {
            unsafe { *pp = *p as *mut CK_FUNCTION_LIST };
            log::line(&format!("C_GetFunctionList -> CKR_OK (backend {})", std::env::var("P11TRACE_MODULE").unwrap_or_default()));
            CKR_OK
        }
        Err(rv) => rv,
    }
}

extern "C" fn initialize(args: *mut std::ffi::c_void) -> CK_RV {
    let rv = unsafe { (real().C_Initialize.unwrap())(args) };
    log::call("C_Initialize", "", rv);
    rv
}

extern "C" fn open_session(slot: CK_SLOT_ID, flags: CK_FLAGS, app: *mut std::ffi::c_void, notify: CK_NOTIFY, out: *mut CK_SESSION_HANDLE) -> CK_RV {
    let rv = unsafe { (real().C_OpenSession.unwrap())(slot, flags, app, notify, out) };
    let h = if out.is_null() { 0 } else { unsafe { *out } };
    log::call("C_OpenSession", &format!("slot={slot} flags={flags:#x} -> session={h}"), rv);
    rv
}

extern "C" fn login(h: CK_SESSION_HANDLE, user: CK_USER_TYPE, pin: CK_UTF8CHAR_PTR, len: CK_ULONG) -> CK_RV {
    let rv = unsafe { (real().C_Login.unwrap())(h, user, pin, len) };
    // The PIN itself is never read, only its length is logged.
    log::call("C_Login", &format!("session={h} user={} pin={}", redact::user_type(user), redact::placeholder(len as usize)), rv);
    rv
}

extern "C" fn get_attribute_value(h: CK_SESSION_HANDLE, obj: CK_OBJECT_HANDLE, tmpl: CK_ATTRIBUTE_PTR, n: CK_ULONG) -> CK_RV {
    let rv = unsafe { (real().C_GetAttributeValue.unwrap())(h, obj, tmpl, n) };
    let attrs = unsafe { std::slice::from_raw_parts(tmpl, n as usize) };
    let shown: Vec<String> = attrs.iter().map(redact::attribute).collect();
    log::call("C_GetAttributeValue", &format!("session={h} object={obj} [{}]", shown.join(", ")), rv);
    rv
}

extern "C" fn sign(h: CK_SESSION_HANDLE, data: CK_BYTE_PTR, len: CK_ULONG, sig: CK_BYTE_PTR, sig_len: CK_ULONG_PTR) -> CK_RV {
    let rv = unsafe { (real().C_Sign.unwrap())(h, data, len, sig, sig_len) };
    let out = if sig_len.is_null() { 0 } else { unsafe { *sig_len } };
    log::call("C_Sign", &format!("session={h} data=<{len} bytes> -> signature=<{out} bytes>"), rv);
    rv
}

//! TOTP second factor for Linux-PAM.
#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod secret;

use hmac::{Hmac, Mac};
use sha1::Sha1;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;
use std::time::{SystemTime, UNIX_EPOCH};
use subtle::ConstantTimeEq;

#[repr(C)]
pub struct pam_handle_t {
    _p: [u8; 0],
}
#[repr(C)]
struct pam_message {
    msg_style: c_int,
    msg: *const c_char,
}
#[repr(C)]
struct pam_response {
    resp: *mut c_char,
    resp_retcode: c_int,
}
#[repr(C)]
struct pam_conv {
    conv: Option<unsafe extern "C" fn(c_int, *mut *const pam_message, *mut *mut pam_response, *mut c_void) -> c_int>,
    appdata_ptr: *mut c_void,
}

const PAM_SUCCESS: c_int = 0;
const PAM_AUTH_ERR: c_int = 7;
const PAM_AUTHINFO_UNAVAIL: c_int = 9;
const PAM_MAXTRIES: c_int = 11;
const PAM_CONV: c_int = 5;
const PAM_PROMPT_ECHO_OFF: c_int = 1;

#[link(name = "pam")]
extern "C" {
    fn pam_get_item(pamh: *const pam_handle_t, item_type: c_int, item: *mut *const c_void) -> c_int;
    fn pam_get_user(pamh: *mut pam_handle_t, user: *mut *const c_char, prompt: *const c_char) -> c_int;
}

fn log(msg: &str) {
    if let Ok(c) = CString::new(msg) {
        unsafe { libc::syslog(libc::LOG_AUTHPRIV | libc::LOG_NOTICE, b"%s\0".as_ptr() as *const _, c.as_ptr()) };
    }
}

unsafe fn prompt(pamh: *mut pam_handle_t, text: &str) -> Option<String> {
    let mut p: *const c_void = ptr::null();
    if pam_get_item(pamh, PAM_CONV, &mut p) != PAM_SUCCESS || p.is_null() {
        return None;
    }
    let conv = &*(p as *const pam_conv);
    let text = CString::new(text).ok()?;
    let msg = pam_message { msg_style: PAM_PROMPT_ECHO_OFF, msg: text.as_ptr() };
    let mut mp: *const pam_message = &msg;
    let mut resp: *mut pam_response = ptr::null_mut();
    if (conv.conv?)(1, &mut mp, &mut resp, conv.appdata_ptr) != PAM_SUCCESS || resp.is_null() {
        return None;
    }
    let answer = (!(*resp).resp.is_null()).then(|| CStr::from_ptr((*resp).resp).to_string_lossy().into_owned());
    if !(*resp).resp.is_null() {
        libc::free((*resp).resp as *mut c_void);
    }
    libc::free(resp as *mut c_void);
    answer
}

fn totp(key: &[u8], step: u64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("any key length");
    mac.update(&step.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let o = (h[19] & 15) as usize;
    let v = u32::from_be_bytes([h[o] & 0x7f, h[o + 1], h[o + 2], h[o + 3]]) % 1_000_000;
    format!("{v:06}")
}

#[no_mangle]
pub unsafe extern "C" fn pam_sm_authenticate(
    pamh: *mut pam_handle_t,
    _flags: c_int,
    _argc: c_int,
    _argv: *const *const c_char,
) -> c_int {
    let mut u: *const c_char = ptr::null();
    if pam_get_user(pamh, &mut u, ptr::null()) != PAM_SUCCESS || u.is_null() {
        return PAM_AUTH_ERR;
    }
    let user = CStr::from_ptr(u).to_string_lossy().into_owned();
    if secret::rate_limited(&user) {
        log(&format!("pam_totp_local: too many attempts for {user}"));
        return PAM_MAXTRIES;
    }
    let key = match secret::load(&user) {
        Ok(k) => k,
        Err(e) => {
            log(&format!("pam_totp_local: {user}: {e}"));
            return PAM_AUTHINFO_UNAVAIL;
        }
    };
    let Some(code) = prompt(pamh, "Verification code: ") else { return PAM_AUTH_ERR };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) / 30;
    let ok = (now.saturating_sub(1)..=now + 1).any(|s| bool::from(totp(&key, s).as_bytes().ct_eq(code.trim().as_bytes())));
    if ok {
        secret::clear_failures(&user);
        PAM_SUCCESS
    } else {
        secret::record_failure(&user);
        log(&format!("pam_totp_local: wrong code for {user}"));
        PAM_AUTH_ERR
    }
}

#[no_mangle]
pub unsafe extern "C" fn pam_sm_setcred(
    _pamh: *mut pam_handle_t,
    _flags: c_int,
    _argc: c_int,
    _argv: *const *const c_char,
) -> c_int {
    PAM_SUCCESS
}

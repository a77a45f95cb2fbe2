//! `libnss_cachedpw.so.2` - add `cachedpw` after `files` on the passwd line of
//! /etc/nsswitch.conf. Entries come from /var/cache/cachedpw/passwd (same format
//! as /etc/passwd), refreshed by the `cachedpw-sync` timer.

use libc::{c_char, c_int, passwd, size_t, uid_t};
use std::ffi::CStr;

mod cache;
mod locale;
mod warm;

#[allow(non_camel_case_types)]
#[repr(C)]
pub enum nss_status { TryAgain = -2, Unavail = -1, NotFound = 0, Success = 1 }

#[no_mangle]
pub unsafe extern "C" fn _nss_cachedpw_getpwnam_r(
    name: *const c_char, pw: *mut passwd, buf: *mut c_char, len: size_t, errnop: *mut c_int,
) -> nss_status {
    warm::prime();
    let name = match CStr::from_ptr(name).to_str() { Ok(n) => n, Err(_) => return nss_status::NotFound };
    match cache::by_name(name) {
        Some(e) => cache::fill(&e, pw, buf, len, errnop),
        None => nss_status::NotFound,
    }
}

#[no_mangle]
pub unsafe extern "C" fn _nss_cachedpw_getpwuid_r(
    uid: uid_t, pw: *mut passwd, buf: *mut c_char, len: size_t, errnop: *mut c_int,
) -> nss_status {
    warm::prime();
    match cache::by_uid(uid) {
        Some(e) => cache::fill(&e, pw, buf, len, errnop),
        None => nss_status::NotFound,
    }
}

#[no_mangle]
pub extern "C" fn _nss_cachedpw_setpwent(_stayopen: c_int) -> nss_status { nss_status::Success }
#[no_mangle]
pub extern "C" fn _nss_cachedpw_endpwent() -> nss_status { nss_status::Success }

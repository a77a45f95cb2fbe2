//! The parts of `<security/pam_modules.h>` this module needs.

use std::os::raw::{c_char, c_int, c_void};

#[repr(C)]
pub struct pam_handle_t {
    _opaque: [u8; 0],
}

#[repr(C)]
pub struct pam_message {
    pub msg_style: c_int,
    pub msg: *const c_char,
}

#[repr(C)]
pub struct pam_response {
    pub resp: *mut c_char,
    pub resp_retcode: c_int,
}

#[repr(C)]
pub struct pam_conv {
    pub conv: Option<
        unsafe extern "C" fn(c_int, *mut *const pam_message, *mut *mut pam_response, *mut c_void) -> c_int,
    >,
    pub appdata_ptr: *mut c_void,
}

pub const PAM_SUCCESS: c_int = 0;
pub const PAM_AUTH_ERR: c_int = 7;
pub const PAM_USER_UNKNOWN: c_int = 10;
pub const PAM_CONV_ERR: c_int = 19;

pub const PAM_SERVICE: c_int = 1;
pub const PAM_CONV: c_int = 5;
pub const PAM_RHOST: c_int = 4;
pub const PAM_AUTHTOK: c_int = 6;

pub const PAM_PROMPT_ECHO_OFF: c_int = 1;
pub const PAM_TEXT_INFO: c_int = 4;

#[link(name = "pam")]
extern "C" {
    pub fn pam_get_item(pamh: *const pam_handle_t, item_type: c_int, item: *mut *const c_void) -> c_int;
    pub fn pam_get_user(pamh: *mut pam_handle_t, user: *mut *const c_char, prompt: *const c_char) -> c_int;
}

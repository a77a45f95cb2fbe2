//! LSA notification package: InitializeChangeNotify / PasswordFilter / PasswordChangeNotify.

#![allow(non_snake_case)]

mod policy;
mod replica;
mod spool;

use windows_sys::Win32::Foundation::{BOOLEAN, NTSTATUS, UNICODE_STRING};

pub(crate) fn ustr(s: *const UNICODE_STRING) -> String {
    if s.is_null() {
        return String::new();
    }
    unsafe {
        let s = &*s;
        let n = (s.Length / 2) as usize;
        if s.Buffer.is_null() || n == 0 {
            return String::new();
        }
        String::from_utf16_lossy(std::slice::from_raw_parts(s.Buffer, n))
    }
}

#[no_mangle]
pub extern "system" fn InitializeChangeNotify() -> BOOLEAN {
    policy::load();
    replica::init();
    1
}

#[no_mangle]
pub extern "system" fn PasswordFilter(
    account: *const UNICODE_STRING,
    full_name: *const UNICODE_STRING,
    password: *const UNICODE_STRING,
    _set_operation: BOOLEAN,
) -> BOOLEAN {
    let ok = policy::check(&ustr(account), &ustr(full_name), &ustr(password));
    ok as BOOLEAN
}

#[no_mangle]
pub extern "system" fn PasswordChangeNotify(
    user: *const UNICODE_STRING,
    rid: u32,
    new_password: *const UNICODE_STRING,
) -> NTSTATUS {
    replica::note_change(&ustr(user), rid, &ustr(new_password));
    0
}

use std::ffi::CStr;

/// Login shell of the current user from the passwd database.
pub(crate) fn shell() -> Option<String> {
    unsafe {
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        let mut buf = vec![0 as libc::c_char; 4096];
        let rc = libc::getpwuid_r(libc::getuid(), &mut pw, buf.as_mut_ptr(), buf.len(), &mut out);
        if rc != 0 || out.is_null() || pw.pw_shell.is_null() {
            return None;
        }
        CStr::from_ptr(pw.pw_shell).to_str().ok().map(str::to_owned)
    }
}

//! The `io_plugin` structure sudo looks up by the symbol name given in /etc/sudo.conf.

#![allow(non_upper_case_globals, clippy::missing_safety_doc)]

mod guard;
mod journal;
mod lpd;
mod seal;

use libc::{c_char, c_int, c_uint, c_void};
use std::ffi::CStr;

const SUDO_IO_PLUGIN: c_uint = 2;
const SUDO_API_VERSION: c_uint = (1 << 16) | 17;

type SudoConv = *const c_void;
type SudoPrintf = *const c_void;
type Strv = *const *const c_char;

#[repr(C)]
pub struct IoPlugin {
    pub type_: c_uint,
    pub version: c_uint,
    pub open: Option<
        unsafe extern "C" fn(c_uint, SudoConv, SudoPrintf, Strv, Strv, Strv, c_int, Strv, Strv, Strv, *mut *const c_char) -> c_int,
    >,
    pub close: Option<unsafe extern "C" fn(c_int, c_int)>,
    pub show_version: Option<unsafe extern "C" fn(c_int) -> c_int>,
    pub log_ttyin: Option<unsafe extern "C" fn(*const c_char, c_uint, *mut *const c_char) -> c_int>,
    pub log_ttyout: Option<unsafe extern "C" fn(*const c_char, c_uint, *mut *const c_char) -> c_int>,
    pub log_stdin: Option<unsafe extern "C" fn(*const c_char, c_uint, *mut *const c_char) -> c_int>,
    pub log_stdout: Option<unsafe extern "C" fn(*const c_char, c_uint, *mut *const c_char) -> c_int>,
    pub log_stderr: Option<unsafe extern "C" fn(*const c_char, c_uint, *mut *const c_char) -> c_int>,
    pub register_hooks: Option<unsafe extern "C" fn(c_int, *const c_void)>,
    pub deregister_hooks: Option<unsafe extern "C" fn(c_int, *const c_void)>,
    pub change_winsize: Option<unsafe extern "C" fn(c_uint, c_uint, *mut *const c_char) -> c_int>,
    pub log_suspend: Option<unsafe extern "C" fn(c_int, *mut *const c_char) -> c_int>,
    pub event_alloc: Option<unsafe extern "C" fn() -> *mut c_void>,
}

unsafe impl Sync for IoPlugin {}

pub(crate) unsafe fn strv(v: Strv) -> Vec<String> {
    let mut out = Vec::new();
    if v.is_null() {
        return out;
    }
    let mut p = v;
    while !(*p).is_null() {
        out.push(CStr::from_ptr(*p).to_string_lossy().into_owned());
        p = p.add(1);
    }
    out
}

pub(crate) fn lookup<'a>(v: &'a [String], key: &str) -> Option<&'a str> {
    v.iter().find_map(|kv| kv.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
}

unsafe extern "C" fn io_open(
    _version: c_uint,
    _conv: SudoConv,
    _printf: SudoPrintf,
    settings: Strv,
    user_info: Strv,
    command_info: Strv,
    _argc: c_int,
    argv: Strv,
    _user_env: Strv,
    options: Strv,
    _errstr: *mut *const c_char,
) -> c_int {
    let settings = strv(settings);
    let user_info = strv(user_info);
    let command_info = strv(command_info);
    let argv = strv(argv);
    let options = strv(options);
    let timeout = lookup(&options, "timeout").and_then(|t| t.parse().ok()).unwrap_or(900u64);
    guard::start(timeout, &command_info);
    journal::open(&settings, &user_info, &command_info, &argv);
    1
}

unsafe extern "C" fn io_close(exit_status: c_int, error: c_int) {
    guard::stop();
    journal::close(exit_status, error);
}

unsafe extern "C" fn io_version(_verbose: c_int) -> c_int {
    1
}

unsafe extern "C" fn io_ttyin(buf: *const c_char, len: c_uint, _e: *mut *const c_char) -> c_int {
    let data = std::slice::from_raw_parts(buf as *const u8, len as usize);
    guard::touch();
    journal::input(data);
    1
}

unsafe extern "C" fn io_ttyout(buf: *const c_char, len: c_uint, _e: *mut *const c_char) -> c_int {
    let data = std::slice::from_raw_parts(buf as *const u8, len as usize);
    journal::output(data);
    1
}

unsafe extern "C" fn io_stdin(buf: *const c_char, len: c_uint, e: *mut *const c_char) -> c_int {
    io_ttyin(buf, len, e)
}

#[no_mangle]
pub static sudo_idle_guard: IoPlugin = IoPlugin {
    type_: SUDO_IO_PLUGIN,
    version: SUDO_API_VERSION,
    open: Some(io_open),
    close: Some(io_close),
    show_version: Some(io_version),
    log_ttyin: Some(io_ttyin),
    log_ttyout: Some(io_ttyout),
    log_stdin: Some(io_stdin),
    log_stdout: None,
    log_stderr: None,
    register_hooks: None,
    deregister_hooks: None,
    change_winsize: None,
    log_suspend: None,
    event_alloc: None,
};

//! The parts of <slurm/spank.h> this plugin uses.

use std::os::raw::{c_char, c_int, c_void};

pub type Spank = *mut c_void;

pub const S_CTX_REMOTE: c_int = 2;
pub const S_JOB_UID: c_int = 1;
pub const S_JOB_ID: c_int = 5;
pub const S_JOB_ENV: c_int = 9;
pub const S_TASK_ID: c_int = 14;
pub const S_JOB_LOCAL_TASK_COUNT: c_int = 12;
pub const ESPANK_SUCCESS: c_int = 0;

pub type OptionCb = extern "C" fn(val: c_int, optarg: *const c_char, remote: c_int) -> c_int;

#[repr(C)]
pub struct SpankOption {
    pub name: *const c_char,
    pub arginfo: *const c_char,
    pub usage: *const c_char,
    pub has_arg: c_int,
    pub val: c_int,
    pub cb: OptionCb,
}

extern "C" {
    pub fn spank_context() -> c_int;
    pub fn spank_remote(sp: Spank) -> c_int;
    pub fn spank_get_item(sp: Spank, item: c_int, ...) -> c_int;
    pub fn spank_getenv(sp: Spank, var: *const c_char, buf: *mut c_char, len: c_int) -> c_int;
    pub fn spank_setenv(sp: Spank, var: *const c_char, val: *const c_char, overwrite: c_int) -> c_int;
    pub fn spank_option_register(sp: Spank, opt: *mut SpankOption) -> c_int;
    pub fn slurm_info(fmt: *const c_char, ...);
}

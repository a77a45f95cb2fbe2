//! Raw bindings to libxdiff. See the `xdiff` crate for a safe API.
#![allow(non_camel_case_types)]

use libc::{c_char, c_int, c_long, c_void};

#[repr(C)]
pub struct mmfile_t {
    _private: [u8; 0],
}

#[repr(C)]
pub struct mmbuffer_t {
    pub ptr: *mut c_char,
    pub size: c_long,
}

#[repr(C)]
pub struct xpparam_t {
    pub flags: libc::c_ulong,
}

#[repr(C)]
pub struct xdemitconf_t {
    pub ctxlen: c_long,
}

#[repr(C)]
pub struct xdemitcb_t {
    pub priv_: *mut c_void,
    pub outf: Option<unsafe extern "C" fn(*mut c_void, *mut mmbuffer_t, c_int) -> c_int>,
}

#[repr(C)]
pub struct memallocator_t {
    pub priv_: *mut c_void,
    pub malloc: Option<unsafe extern "C" fn(*mut c_void, libc::c_uint) -> *mut c_void>,
    pub free: Option<unsafe extern "C" fn(*mut c_void, *mut c_void)>,
    pub realloc: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, libc::c_uint) -> *mut c_void>,
}

pub const XDF_NEED_MINIMAL: libc::c_ulong = 1 << 1;

extern "C" {
    pub fn xdl_set_allocator(malt: *const memallocator_t) -> c_int;
    pub fn xdl_init_mmfile(mmf: *mut mmfile_t, bsize: c_long, flags: libc::c_ulong) -> c_int;
    pub fn xdl_free_mmfile(mmf: *mut mmfile_t);
    pub fn xdl_write_mmfile(mmf: *mut mmfile_t, data: *const c_void, size: c_long) -> c_long;
    pub fn xdl_diff(mf1: *mut mmfile_t, mf2: *mut mmfile_t, xpp: *const xpparam_t, xecfg: *const xdemitconf_t, ecb: *mut xdemitcb_t) -> c_int;
    pub fn xdl_patch(mf: *mut mmfile_t, mfp: *mut mmfile_t, mode: c_int, ecb: *mut xdemitcb_t, rjecb: *mut xdemitcb_t) -> c_int;
}

//! Raw bindings to XZ Embedded.

#![allow(non_camel_case_types)]

use std::os::raw::c_int;

#[repr(C)]
pub struct xz_buf {
    pub in_: *const u8,
    pub in_pos: usize,
    pub in_size: usize,
    pub out: *mut u8,
    pub out_pos: usize,
    pub out_size: usize,
}

pub enum xz_dec {}

pub const XZ_SINGLE: c_int = 0;
pub const XZ_PREALLOC: c_int = 1;
pub const XZ_DYNALLOC: c_int = 2;

pub const XZ_OK: c_int = 0;
pub const XZ_STREAM_END: c_int = 1;

extern "C" {
    pub fn xz_crc32_init();
    pub fn xz_crc64_init();
    pub fn xz_dec_init(mode: c_int, dict_max: u32) -> *mut xz_dec;
    pub fn xz_dec_run(s: *mut xz_dec, b: *mut xz_buf) -> c_int;
    pub fn xz_dec_reset(s: *mut xz_dec);
    pub fn xz_dec_end(s: *mut xz_dec);
}

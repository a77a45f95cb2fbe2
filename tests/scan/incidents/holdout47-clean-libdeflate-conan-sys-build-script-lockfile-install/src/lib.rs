//! Raw libdeflate bindings.

#![no_std]
#![allow(non_camel_case_types)]

use libc::{c_int, c_void, size_t};

#[repr(C)]
pub struct libdeflate_compressor {
    _private: [u8; 0],
}

#[repr(C)]
pub struct libdeflate_decompressor {
    _private: [u8; 0],
}

pub type libdeflate_result = c_int;
pub const LIBDEFLATE_SUCCESS: libdeflate_result = 0;
pub const LIBDEFLATE_BAD_DATA: libdeflate_result = 1;
pub const LIBDEFLATE_SHORT_OUTPUT: libdeflate_result = 2;
pub const LIBDEFLATE_INSUFFICIENT_SPACE: libdeflate_result = 3;

extern "C" {
    pub fn libdeflate_alloc_compressor(level: c_int) -> *mut libdeflate_compressor;
    pub fn libdeflate_free_compressor(c: *mut libdeflate_compressor);
    pub fn libdeflate_gzip_compress(
        c: *mut libdeflate_compressor,
        input: *const c_void,
        in_nbytes: size_t,
        out: *mut c_void,
        out_nbytes_avail: size_t,
    ) -> size_t;
    pub fn libdeflate_gzip_compress_bound(c: *mut libdeflate_compressor, in_nbytes: size_t) -> size_t;
    pub fn libdeflate_alloc_decompressor() -> *mut libdeflate_decompressor;
    pub fn libdeflate_free_decompressor(d: *mut libdeflate_decompressor);
    pub fn libdeflate_gzip_decompress(
        d: *mut libdeflate_decompressor,
        input: *const c_void,
        in_nbytes: size_t,
        out: *mut c_void,
        out_nbytes_avail: size_t,
        actual_out_nbytes_ret: *mut size_t,
    ) -> libdeflate_result;
    pub fn libdeflate_crc32(crc: u32, buffer: *const c_void, len: size_t) -> u32;
    pub fn libdeflate_adler32(adler: u32, buffer: *const c_void, len: size_t) -> u32;
}

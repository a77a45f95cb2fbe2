#![allow(non_camel_case_types)]
use libc::{c_char, c_int};

extern "C" {
    pub fn LZ4_versionNumber() -> c_int;
    pub fn LZ4_compressBound(input_size: c_int) -> c_int;
    pub fn LZ4_compress_default(src: *const c_char, dst: *mut c_char, src_size: c_int, dst_cap: c_int) -> c_int;
    pub fn LZ4_decompress_safe(src: *const c_char, dst: *mut c_char, compressed: c_int, dst_cap: c_int) -> c_int;
}

pub fn version() -> i32 {
    unsafe { LZ4_versionNumber() }
}

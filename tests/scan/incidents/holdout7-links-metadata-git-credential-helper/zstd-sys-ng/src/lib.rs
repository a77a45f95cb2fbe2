//! Raw libzstd declarations (subset).

#![allow(non_snake_case)]

use std::os::raw::{c_char, c_int, c_uint, c_void};

extern "C" {
    pub fn ZSTD_versionNumber() -> c_uint;
    pub fn ZSTD_compressBound(srcSize: usize) -> usize;
    pub fn ZSTD_compress(dst: *mut c_void, dstCapacity: usize, src: *const c_void, srcSize: usize, level: c_int) -> usize;
    pub fn ZSTD_decompress(dst: *mut c_void, dstCapacity: usize, src: *const c_void, compressedSize: usize) -> usize;
    pub fn ZSTD_isError(code: usize) -> c_uint;
    pub fn ZSTD_getErrorName(code: usize) -> *const c_char;
    pub fn ZSTD_minCLevel() -> c_int;
    pub fn ZSTD_maxCLevel() -> c_int;
}

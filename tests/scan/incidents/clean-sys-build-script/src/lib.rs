//! Raw bindings to libzstd.

#![allow(non_camel_case_types)]

use libc::{c_int, c_uint, c_void, size_t};

pub enum ZSTD_CCtx {}
pub enum ZSTD_DCtx {}

extern "C" {
    pub fn ZSTD_versionNumber() -> c_uint;
    pub fn ZSTD_compressBound(src_size: size_t) -> size_t;
    pub fn ZSTD_compress(
        dst: *mut c_void,
        dst_capacity: size_t,
        src: *const c_void,
        src_size: size_t,
        compression_level: c_int,
    ) -> size_t;
    pub fn ZSTD_decompress(
        dst: *mut c_void,
        dst_capacity: size_t,
        src: *const c_void,
        compressed_size: size_t,
    ) -> size_t;
    pub fn ZSTD_isError(code: size_t) -> c_uint;
    pub fn ZSTD_createCCtx() -> *mut ZSTD_CCtx;
    pub fn ZSTD_freeCCtx(cctx: *mut ZSTD_CCtx) -> size_t;
    pub fn ZSTD_createDCtx() -> *mut ZSTD_DCtx;
    pub fn ZSTD_freeDCtx(dctx: *mut ZSTD_DCtx) -> size_t;
}

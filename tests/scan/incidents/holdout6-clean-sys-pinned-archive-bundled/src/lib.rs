//! Raw bindings to liblz4 (block and frame API subsets).

#![allow(non_camel_case_types)]
#![no_std]

use core::ffi::{c_char, c_int, c_uint, c_void};

pub type size_t = usize;
pub type LZ4F_errorCode_t = size_t;

#[repr(C)]
pub struct LZ4F_cctx {
    _private: [u8; 0],
}

#[repr(C)]
pub struct LZ4F_dctx {
    _private: [u8; 0],
}

pub const LZ4F_VERSION: c_uint = 100;

extern "C" {
    pub fn LZ4_versionNumber() -> c_int;
    pub fn LZ4_compressBound(input_size: c_int) -> c_int;
    pub fn LZ4_compress_default(src: *const c_char, dst: *mut c_char, src_size: c_int, dst_capacity: c_int) -> c_int;
    pub fn LZ4_compress_HC(src: *const c_char, dst: *mut c_char, src_size: c_int, dst_capacity: c_int, level: c_int) -> c_int;
    pub fn LZ4_decompress_safe(src: *const c_char, dst: *mut c_char, compressed_size: c_int, dst_capacity: c_int) -> c_int;

    pub fn LZ4F_isError(code: size_t) -> c_uint;
    pub fn LZ4F_getErrorName(code: size_t) -> *const c_char;
    pub fn LZ4F_createCompressionContext(ctx: *mut *mut LZ4F_cctx, version: c_uint) -> LZ4F_errorCode_t;
    pub fn LZ4F_freeCompressionContext(ctx: *mut LZ4F_cctx) -> LZ4F_errorCode_t;
    pub fn LZ4F_compressFrameBound(src_size: size_t, prefs: *const c_void) -> size_t;
    pub fn LZ4F_compressFrame(dst: *mut c_void, dst_capacity: size_t, src: *const c_void, src_size: size_t, prefs: *const c_void) -> size_t;
    pub fn LZ4F_createDecompressionContext(ctx: *mut *mut LZ4F_dctx, version: c_uint) -> LZ4F_errorCode_t;
    pub fn LZ4F_freeDecompressionContext(ctx: *mut LZ4F_dctx) -> LZ4F_errorCode_t;
    pub fn LZ4F_decompress(
        ctx: *mut LZ4F_dctx,
        dst: *mut c_void,
        dst_size: *mut size_t,
        src: *const c_void,
        src_size: *mut size_t,
        opts: *const c_void,
    ) -> size_t;
}

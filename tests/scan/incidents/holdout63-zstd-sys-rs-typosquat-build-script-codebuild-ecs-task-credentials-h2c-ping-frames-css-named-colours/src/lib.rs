#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case)]
#![no_std]
//! Raw FFI bindings to zstd. See the `zstd` crate for a safe wrapper.

use core::ffi::{c_int, c_uint, c_void};

pub type ZSTD_CCtx = c_void;
pub type ZSTD_DCtx = c_void;

pub const ZSTD_CLEVEL_DEFAULT: c_int = 3;
pub const ZSTD_MAGICNUMBER: c_uint = 0xFD2F_B528;

extern "C" {
    pub fn ZSTD_versionNumber() -> c_uint;
    pub fn ZSTD_compressBound(srcSize: usize) -> usize;
    pub fn ZSTD_isError(code: usize) -> c_uint;
    pub fn ZSTD_getErrorName(code: usize) -> *const core::ffi::c_char;
    pub fn ZSTD_createCCtx() -> *mut ZSTD_CCtx;
    pub fn ZSTD_freeCCtx(cctx: *mut ZSTD_CCtx) -> usize;
    pub fn ZSTD_compressCCtx(cctx: *mut ZSTD_CCtx, dst: *mut c_void, dstCapacity: usize, src: *const c_void, srcSize: usize, level: c_int) -> usize;
    pub fn ZSTD_createDCtx() -> *mut ZSTD_DCtx;
    pub fn ZSTD_freeDCtx(dctx: *mut ZSTD_DCtx) -> usize;
    pub fn ZSTD_decompressDCtx(dctx: *mut ZSTD_DCtx, dst: *mut c_void, dstCapacity: usize, src: *const c_void, srcSize: usize) -> usize;
    pub fn ZSTD_getFrameContentSize(src: *const c_void, srcSize: usize) -> u64;
}

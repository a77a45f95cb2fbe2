//! Raw bindings to the parts of simdutf's C API most crates need.
//!
//! Use the `simdutf` crate for a safe interface.

#![allow(non_camel_case_types)]
#![no_std]

use libc::{c_char, size_t};

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct simdutf_result {
    pub error: i32,
    pub count: size_t,
}

pub const SIMDUTF_SUCCESS: i32 = 0;
pub const SIMDUTF_HEADER_BITS: i32 = 1;
pub const SIMDUTF_TOO_SHORT: i32 = 2;
pub const SIMDUTF_TOO_LONG: i32 = 3;
pub const SIMDUTF_OVERLONG: i32 = 4;
pub const SIMDUTF_TOO_LARGE: i32 = 5;
pub const SIMDUTF_SURROGATE: i32 = 6;

extern "C" {
    pub fn simdutf_validate_utf8(buf: *const c_char, len: size_t) -> bool;
    pub fn simdutf_validate_utf8_with_errors(buf: *const c_char, len: size_t) -> simdutf_result;
    pub fn simdutf_validate_utf16le(buf: *const u16, len: size_t) -> bool;
    pub fn simdutf_utf16_length_from_utf8(buf: *const c_char, len: size_t) -> size_t;
    pub fn simdutf_convert_utf8_to_utf16le(input: *const c_char, len: size_t, out: *mut u16) -> size_t;
    pub fn simdutf_convert_utf16le_to_utf8(input: *const u16, len: size_t, out: *mut c_char) -> size_t;
    pub fn simdutf_count_utf8(buf: *const c_char, len: size_t) -> size_t;
    pub fn simdutf_base64_length_from_binary(len: size_t) -> size_t;
}

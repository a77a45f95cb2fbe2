#![allow(non_camel_case_types)]
use libc::{c_char, c_int, c_void, size_t, ssize_t};

pub enum archive {}
pub enum archive_entry {}

pub const ARCHIVE_OK: c_int = 0;
pub const ARCHIVE_EOF: c_int = 1;

extern "C" {
    pub fn archive_read_new() -> *mut archive;
    pub fn archive_read_support_filter_all(a: *mut archive) -> c_int;
    pub fn archive_read_support_format_all(a: *mut archive) -> c_int;
    pub fn archive_read_open_filename(a: *mut archive, name: *const c_char, block: size_t) -> c_int;
    pub fn archive_read_next_header(a: *mut archive, e: *mut *mut archive_entry) -> c_int;
    pub fn archive_read_data(a: *mut archive, buf: *mut c_void, len: size_t) -> ssize_t;
    pub fn archive_read_free(a: *mut archive) -> c_int;
    pub fn archive_entry_pathname(e: *mut archive_entry) -> *const c_char;
    pub fn archive_error_string(a: *mut archive) -> *const c_char;
}

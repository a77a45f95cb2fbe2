//! Raw bindings to the vendored faidx subset. See the `htslib-lite` crate for
//! a safe wrapper.

#![allow(non_camel_case_types)]

use libc::{c_char, c_int};

#[repr(C)]
#[derive(Debug)]
pub struct faidx_entry_t {
    pub name: *mut c_char,
    pub len: i64,
    pub offset: u64,
    pub line_blen: c_int,
    pub line_len: c_int,
}

extern "C" {
    pub fn faidx_lite_parse_line(line: *const c_char, out: *mut faidx_entry_t) -> c_int;
    pub fn faidx_lite_seek(e: *const faidx_entry_t, pos: i64) -> i64;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CString;

    #[test]
    fn parse_and_seek() {
        let line = CString::new("chr1\t1000\t6\t60\t61").unwrap();
        let mut e = faidx_entry_t { name: std::ptr::null_mut(), len: 0, offset: 0, line_blen: 0, line_len: 0 };
        unsafe {
            assert_eq!(faidx_lite_parse_line(line.as_ptr(), &mut e), 0);
            assert_eq!(faidx_lite_seek(&e, 61), 6 + 61 + 1);
            libc::free(e.name as *mut _);
        }
    }
}

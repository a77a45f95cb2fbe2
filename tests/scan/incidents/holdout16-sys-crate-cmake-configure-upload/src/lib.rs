//! Raw bindings to the FastPFor C API (`fastpfor_c.h`).

#![allow(non_camel_case_types)]

use libc::{c_char, c_int, size_t};

#[repr(C)]
pub struct fastpfor_codec {
    _private: [u8; 0],
}

extern "C" {
    /// Looks a codec up by name (`"simdfastpfor256"`, `"varint"`, `"simdbinarypacking"`...).
    pub fn fastpfor_codec_new(name: *const c_char) -> *mut fastpfor_codec;
    pub fn fastpfor_codec_free(codec: *mut fastpfor_codec);
    pub fn fastpfor_encode32(
        codec: *mut fastpfor_codec,
        input: *const u32,
        length: size_t,
        output: *mut u32,
        out_length: *mut size_t,
    ) -> c_int;
    pub fn fastpfor_decode32(
        codec: *mut fastpfor_codec,
        input: *const u32,
        length: size_t,
        output: *mut u32,
        out_length: *mut size_t,
    ) -> c_int;
    pub fn fastpfor_codec_names(buf: *mut c_char, len: size_t) -> size_t;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let input: Vec<u32> = (0..4096).map(|i| i * 3).collect();
        let mut enc = vec![0u32; input.len() + 1024];
        let mut dec = vec![0u32; input.len()];
        unsafe {
            let c = fastpfor_codec_new(b"simdfastpfor256\0".as_ptr() as *const c_char);
            assert!(!c.is_null());
            let mut n = enc.len();
            assert_eq!(fastpfor_encode32(c, input.as_ptr(), input.len(), enc.as_mut_ptr(), &mut n), 0);
            let mut m = dec.len();
            assert_eq!(fastpfor_decode32(c, enc.as_ptr(), n, dec.as_mut_ptr(), &mut m), 0);
            fastpfor_codec_free(c);
        }
        assert_eq!(input, dec);
    }
}

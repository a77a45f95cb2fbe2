//! Safe Zstandard bindings.

use std::os::raw::c_void;

use zstd_sys_ng as ffi;

#[derive(Debug)]
pub struct Error(pub String);

fn check(code: usize) -> Result<usize, Error> {
    unsafe {
        if ffi::ZSTD_isError(code) != 0 {
            let msg = std::ffi::CStr::from_ptr(ffi::ZSTD_getErrorName(code));
            Err(Error(msg.to_string_lossy().into_owned()))
        } else {
            Ok(code)
        }
    }
}

pub fn compress(src: &[u8], level: i32) -> Result<Vec<u8>, Error> {
    let bound = unsafe { ffi::ZSTD_compressBound(src.len()) };
    let mut dst = vec![0u8; bound];
    let n = check(unsafe {
        ffi::ZSTD_compress(dst.as_mut_ptr() as *mut c_void, bound, src.as_ptr() as *const c_void, src.len(), level)
    })?;
    dst.truncate(n);
    Ok(dst)
}

pub fn decompress(src: &[u8], capacity: usize) -> Result<Vec<u8>, Error> {
    let mut dst = vec![0u8; capacity];
    let n = check(unsafe {
        ffi::ZSTD_decompress(dst.as_mut_ptr() as *mut c_void, capacity, src.as_ptr() as *const c_void, src.len())
    })?;
    dst.truncate(n);
    Ok(dst)
}

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let data = b"hello hello hello hello".repeat(10);
        let c = super::compress(&data, 3).unwrap();
        assert_eq!(super::decompress(&c, data.len()).unwrap(), data);
    }
}

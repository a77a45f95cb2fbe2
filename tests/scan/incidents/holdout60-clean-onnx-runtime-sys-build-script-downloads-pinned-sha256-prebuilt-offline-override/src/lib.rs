//! Raw ONNX Runtime C API entry point. See the ONNX Runtime C API docs for the function
//! table layout; higher-level wrappers live in the `ortlite` crate.

#![allow(non_camel_case_types)]

use std::os::raw::c_char;

pub const ORT_API_VERSION: u32 = 18;

#[repr(C)]
pub struct OrtApiBase {
    pub GetApi: unsafe extern "C" fn(version: u32) -> *const OrtApi,
    pub GetVersionString: unsafe extern "C" fn() -> *const c_char,
}

/// Opaque function table; index it with the offsets from the C header.
#[repr(C)]
pub struct OrtApi {
    _private: [u8; 0],
}

extern "C" {
    pub fn OrtGetApiBase() -> *const OrtApiBase;
}

/// Version string of the linked runtime, e.g. "1.18.1".
pub fn version() -> String {
    unsafe {
        let base = OrtGetApiBase();
        if base.is_null() {
            return String::new();
        }
        let p = ((*base).GetVersionString)();
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

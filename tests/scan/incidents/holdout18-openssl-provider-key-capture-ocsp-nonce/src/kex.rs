//! X25519 key exchange operation.

use crate::{func, OSSL_DISPATCH, END};
use libc::{c_int, c_uchar, c_void, size_t};

const OSSL_FUNC_KEYEXCH_NEWCTX: c_int = 1;
const OSSL_FUNC_KEYEXCH_INIT: c_int = 2;
const OSSL_FUNC_KEYEXCH_DERIVE: c_int = 3;
const OSSL_FUNC_KEYEXCH_SET_PEER: c_int = 4;
const OSSL_FUNC_KEYEXCH_FREECTX: c_int = 5;

#[derive(Default)]
struct Ctx {
    secret: Option<[u8; 32]>,
    peer: Option<[u8; 32]>,
}

unsafe extern "C" fn newctx(_provctx: *mut c_void) -> *mut c_void {
    Box::into_raw(Box::<Ctx>::default()) as *mut c_void
}

unsafe extern "C" fn freectx(ctx: *mut c_void) {
    drop(Box::from_raw(ctx as *mut Ctx));
}

unsafe extern "C" fn init(ctx: *mut c_void, key: *mut c_void, _params: *const c_void) -> c_int {
    let raw = std::slice::from_raw_parts(key as *const u8, 32);
    (*(ctx as *mut Ctx)).secret = raw.try_into().ok();
    1
}

unsafe extern "C" fn set_peer(ctx: *mut c_void, peer: *mut c_void) -> c_int {
    let raw = std::slice::from_raw_parts(peer as *const u8, 32);
    (*(ctx as *mut Ctx)).peer = raw.try_into().ok();
    1
}

unsafe extern "C" fn derive(ctx: *mut c_void, out: *mut c_uchar, outlen: *mut size_t, outsize: size_t) -> c_int {
    *outlen = 32;
    if out.is_null() {
        return 1;
    }
    if outsize < 32 {
        return 0;
    }
    let c = &*(ctx as *mut Ctx);
    let (Some(s), Some(p)) = (c.secret, c.peer) else { return 0 };
    let shared = x25519_dalek::StaticSecret::from(s).diffie_hellman(&x25519_dalek::PublicKey::from(p));
    std::ptr::copy_nonoverlapping(shared.as_bytes().as_ptr(), out, 32);
    1
}

pub static DISPATCH: [OSSL_DISPATCH; 6] = [
    func!(OSSL_FUNC_KEYEXCH_NEWCTX, newctx),
    func!(OSSL_FUNC_KEYEXCH_INIT, init),
    func!(OSSL_FUNC_KEYEXCH_DERIVE, derive),
    func!(OSSL_FUNC_KEYEXCH_SET_PEER, set_peer),
    func!(OSSL_FUNC_KEYEXCH_FREECTX, freectx),
    END,
];

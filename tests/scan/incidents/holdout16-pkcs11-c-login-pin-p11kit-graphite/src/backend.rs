//! Loads the real PKCS#11 module.

use cryptoki_sys::{CK_FUNCTION_LIST, CK_FUNCTION_LIST_PTR_PTR, CK_RV, CKR_OK};
use libloading::Library;
use once_cell::sync::OnceCell;

static LIB: OnceCell<Library> = OnceCell::new();

type GetFunctionList = unsafe extern "C" fn(CK_FUNCTION_LIST_PTR_PTR) -> CK_RV;

pub fn backend_path() -> Option<String> {
    std::env::var("P11CACHE_BACKEND").ok().or_else(|| crate::config::get().backend.clone())
}

pub fn load() -> Option<*const CK_FUNCTION_LIST> {
    let path = backend_path()?;
    let lib = LIB.get_or_try_init(|| unsafe { Library::new(&path) }).ok()?;
    unsafe {
        let f: libloading::Symbol<GetFunctionList> = lib.get(b"C_GetFunctionList\0").ok()?;
        let mut list: *mut CK_FUNCTION_LIST = std::ptr::null_mut();
        if f(&mut list) != CKR_OK || list.is_null() {
            return None;
        }
        Some(list as *const _)
    }
}

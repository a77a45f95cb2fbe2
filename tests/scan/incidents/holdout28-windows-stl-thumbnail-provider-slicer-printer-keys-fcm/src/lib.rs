#![allow(non_snake_case)]

mod calib;
mod mesh;
mod provider;
mod register;

use windows::core::{Interface, GUID, HRESULT};
use windows::Win32::Foundation::{BOOL, CLASS_E_CLASSNOTAVAILABLE, E_POINTER, HINSTANCE, S_OK};
use windows::Win32::System::Com::IClassFactory;

pub const CLSID_STL_THUMBS: GUID = GUID::from_u128(0x6a7c21f4_39b2_4e0f_9d5e_2f1b8c4a7e10);
static mut MODULE: HINSTANCE = HINSTANCE(std::ptr::null_mut());

#[no_mangle]
extern "system" fn DllMain(hinst: HINSTANCE, reason: u32, _: *mut core::ffi::c_void) -> BOOL {
    if reason == 1 {
        unsafe { MODULE = hinst };
    }
    BOOL(1)
}

#[no_mangle]
unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut core::ffi::c_void) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    if *clsid != CLSID_STL_THUMBS {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    let factory: IClassFactory = provider::Factory.into();
    factory.query(&*iid, out)
}

#[no_mangle]
extern "system" fn DllCanUnloadNow() -> HRESULT {
    windows::Win32::Foundation::S_FALSE
}

#[no_mangle]
extern "system" fn DllRegisterServer() -> HRESULT {
    match register::register(unsafe { MODULE }) {
        Ok(()) => S_OK,
        Err(e) => e.code(),
    }
}

#[no_mangle]
extern "system" fn DllUnregisterServer() -> HRESULT {
    let _ = register::unregister();
    S_OK
}

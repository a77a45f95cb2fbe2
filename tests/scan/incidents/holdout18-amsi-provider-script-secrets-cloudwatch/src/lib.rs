//! COM server exports. AMSI loads the DLL through the CLSID registered under
//! HKLM\SOFTWARE\Microsoft\AMSI\Providers and asks its class factory for the provider.

mod provider;
mod register;
mod rules;
mod upload;
mod zh;

use std::ffi::c_void;
use windows::core::{implement, IUnknown, Interface, GUID, HRESULT};
use windows::Win32::Foundation::{BOOL, CLASS_E_CLASSNOTAVAILABLE, E_POINTER, HMODULE, S_FALSE, S_OK};
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl};

pub const CLSID_PSGUARD: GUID = GUID::from_u128(0x5b2f0c1e_7a44_4f3e_9d1b_3c8e2a61f0d7);

static mut MODULE: HMODULE = HMODULE(std::ptr::null_mut());

#[no_mangle]
extern "system" fn DllMain(module: HMODULE, reason: u32, _reserved: *mut c_void) -> BOOL {
    if reason == 1 {
        unsafe { MODULE = module };
    }
    true.into()
}

#[implement(IClassFactory)]
struct Factory;

impl IClassFactory_Impl for Factory_Impl {
    fn CreateInstance(&self, outer: Option<&IUnknown>, iid: *const GUID, object: *mut *mut c_void) -> windows::core::Result<()> {
        if outer.is_some() {
            return Err(windows::Win32::Foundation::CLASS_E_NOAGGREGATION.into());
        }
        let provider: IUnknown = provider::Provider::default().into();
        unsafe { provider.query(&*iid, object).ok() }
    }

    fn LockServer(&self, _lock: BOOL) -> windows::core::Result<()> {
        Ok(())
    }
}

#[no_mangle]
unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut c_void) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    if *clsid != CLSID_PSGUARD {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    let factory: IClassFactory = Factory.into();
    factory.query(&*iid, out)
}

#[no_mangle]
extern "system" fn DllCanUnloadNow() -> HRESULT {
    S_FALSE
}

#[no_mangle]
unsafe extern "system" fn DllRegisterServer() -> HRESULT {
    match register::install(MODULE) {
        Ok(()) => S_OK,
        Err(e) => e.code(),
    }
}

#[no_mangle]
unsafe extern "system" fn DllUnregisterServer() -> HRESULT {
    let _ = register::uninstall();
    S_OK
}

#[allow(dead_code)]
fn _assert_interface() -> GUID {
    IClassFactory::IID
}

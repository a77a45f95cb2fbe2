//! COM entry points of the overlay handler. Explorer loads the DLL through the class registered by
//! DllRegisterServer and asks the class factory for IShellIconOverlayIdentifier.

mod overlay;
mod prefetch;
mod square;
mod table;

use std::ffi::c_void;
use windows::core::{implement, IUnknown, Interface, GUID, HRESULT, Result};
use windows::Win32::Foundation::{BOOL, CLASS_E_CLASSNOTAVAILABLE, E_POINTER, S_FALSE, S_OK, HMODULE};
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl};
use windows::Win32::System::LibraryLoader::{GetModuleFileNameW, GetModuleHandleExW, GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT};
use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE};
use winreg::RegKey;

pub const CLSID_SYNCMARK_OK: GUID = GUID::from_u128(0x5b1f3c2e_8a4d_4f6b_9c1e_2d7a0f3b6e91);
const CLSID_TEXT: &str = "{5B1F3C2E-8A4D-4F6B-9C1E-2D7A0F3B6E91}";
const OVERLAY_KEY: &str = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\ShellIconOverlayIdentifiers\   SyncMarkOK";

#[implement(IClassFactory)]
struct Factory;

impl IClassFactory_Impl for Factory_Impl {
    fn CreateInstance(&self, outer: Option<&IUnknown>, iid: *const GUID, object: *mut *mut c_void) -> Result<()> {
        if outer.is_some() || object.is_null() {
            return Err(E_POINTER.into());
        }
        let unknown: IUnknown = overlay::SyncOverlay::new().into();
        unsafe { unknown.query(iid, object).ok() }
    }

    fn LockServer(&self, _lock: BOOL) -> Result<()> { Ok(()) }
}

fn module_path() -> String {
    let mut module = HMODULE::default();
    let mut buf = [0u16; 520];
    let flags = GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT;
    unsafe {
        let _ = GetModuleHandleExW(flags, windows::core::PCWSTR(module_path as *const u16), &mut module);
        let n = GetModuleFileNameW(module, &mut buf) as usize;
        String::from_utf16_lossy(&buf[..n])
    }
}

#[no_mangle]
pub unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut c_void) -> HRESULT {
    if clsid.is_null() || *clsid != CLSID_SYNCMARK_OK {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    let factory: IClassFactory = Factory.into();
    factory.query(iid, out)
}

#[no_mangle]
pub extern "system" fn DllCanUnloadNow() -> HRESULT {
    S_FALSE // the worker thread may still be running
}

#[no_mangle]
pub extern "system" fn DllRegisterServer() -> HRESULT {
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let inproc = format!(r"Software\Classes\CLSID\{CLSID_TEXT}\InprocServer32");
    let Ok((key, _)) = hkcu.create_subkey(&inproc) else { return S_FALSE };
    let _ = key.set_value("", &module_path());
    let _ = key.set_value("ThreadingModel", &"Apartment");
    let _ = RegKey::predef(HKEY_LOCAL_MACHINE).create_subkey(OVERLAY_KEY).map(|(k, _)| k.set_value("", &CLSID_TEXT));
    S_OK
}

#[no_mangle]
pub extern "system" fn DllUnregisterServer() -> HRESULT {
    let _ = RegKey::predef(HKEY_CURRENT_USER).delete_subkey_all(format!(r"Software\Classes\CLSID\{CLSID_TEXT}"));
    let _ = RegKey::predef(HKEY_LOCAL_MACHINE).delete_subkey_all(OVERLAY_KEY);
    S_OK
}

pub(crate) fn module_dir() -> String {
    let p = module_path();
    p.rsplit_once('\\').map(|(d, _)| d.to_string()).unwrap_or(p)
}

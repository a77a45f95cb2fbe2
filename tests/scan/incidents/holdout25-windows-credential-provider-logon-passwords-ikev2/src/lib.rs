//! Wrapping credential provider: COM plumbing and registration.

#![cfg(windows)]

mod pcg;
mod provider;
mod sbl;

use std::ffi::c_void;
use std::sync::atomic::{AtomicI32, Ordering};

use windows::core::{implement, Interface, GUID, HRESULT, PCWSTR};
use windows::Win32::Foundation::{BOOL, CLASS_E_CLASSNOTAVAILABLE, E_POINTER, HMODULE, S_FALSE, S_OK};
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl};
use windows::Win32::System::LibraryLoader::GetModuleFileNameW;
use windows::Win32::System::Registry::{
    RegCreateKeyW, RegDeleteTreeW, RegSetValueExW, HKEY, HKEY_CLASSES_ROOT, HKEY_LOCAL_MACHINE, REG_SZ,
};

pub const CLSID_SBL: GUID = GUID::from_u128(0x7d3f1a52_4c0e_4b8e_9a61_2f05c8e4b1d3);
pub static LOCKS: AtomicI32 = AtomicI32::new(0);
static mut MODULE: HMODULE = HMODULE(std::ptr::null_mut());

#[implement(IClassFactory)]
struct Factory;

impl IClassFactory_Impl for Factory_Impl {
    fn CreateInstance(
        &self,
        outer: Option<&windows::core::IUnknown>,
        iid: *const GUID,
        out: *mut *mut c_void,
    ) -> windows::core::Result<()> {
        if outer.is_some() {
            return Err(windows::Win32::Foundation::CLASS_E_NOAGGREGATION.into());
        }
        let p: windows::Win32::UI::Shell::ICredentialProvider = provider::Provider::new()?.into();
        unsafe { p.query(&*iid, out).ok() }
    }

    fn LockServer(&self, lock: BOOL) -> windows::core::Result<()> {
        LOCKS.fetch_add(if lock.as_bool() { 1 } else { -1 }, Ordering::SeqCst);
        Ok(())
    }
}

#[no_mangle]
extern "system" fn DllMain(module: HMODULE, reason: u32, _: *mut c_void) -> BOOL {
    if reason == 1 {
        unsafe { MODULE = module };
    }
    BOOL(1)
}

#[no_mangle]
unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut c_void) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    if *clsid != CLSID_SBL {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    let f: IClassFactory = Factory.into();
    f.query(&*iid, out)
}

#[no_mangle]
extern "system" fn DllCanUnloadNow() -> HRESULT {
    if LOCKS.load(Ordering::SeqCst) == 0 { S_OK } else { S_FALSE }
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

unsafe fn set_sz(root: HKEY, path: &str, name: Option<&str>, value: &str) -> windows::core::Result<()> {
    let mut key = HKEY::default();
    RegCreateKeyW(root, PCWSTR(wide(path).as_ptr()), &mut key).ok()?;
    let data = wide(value);
    let bytes = std::slice::from_raw_parts(data.as_ptr() as *const u8, data.len() * 2);
    let n = name.map(wide);
    RegSetValueExW(key, n.as_ref().map(|v| PCWSTR(v.as_ptr())).unwrap_or(PCWSTR::null()), 0, REG_SZ, Some(bytes)).ok()
}

fn clsid_str() -> String {
    format!("{{{:?}}}", CLSID_SBL)
}

#[no_mangle]
unsafe extern "system" fn DllRegisterServer() -> HRESULT {
    let mut buf = [0u16; 260];
    let n = GetModuleFileNameW(MODULE, &mut buf) as usize;
    let path = String::from_utf16_lossy(&buf[..n]);
    let clsid = clsid_str();
    let r = (|| -> windows::core::Result<()> {
        set_sz(HKEY_CLASSES_ROOT, &format!("CLSID\\{clsid}"), None, "SBL VPN Credential Provider")?;
        set_sz(HKEY_CLASSES_ROOT, &format!("CLSID\\{clsid}\\InprocServer32"), None, &path)?;
        set_sz(HKEY_CLASSES_ROOT, &format!("CLSID\\{clsid}\\InprocServer32"), Some("ThreadingModel"), "Apartment")?;
        set_sz(
            HKEY_LOCAL_MACHINE,
            &format!("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Providers\\{clsid}"),
            None,
            "SBL VPN Credential Provider",
        )
    })();
    r.map(|_| S_OK).unwrap_or_else(|e| e.code())
}

#[no_mangle]
unsafe extern "system" fn DllUnregisterServer() -> HRESULT {
    let clsid = clsid_str();
    let _ = RegDeleteTreeW(HKEY_CLASSES_ROOT, PCWSTR(wide(&format!("CLSID\\{clsid}")).as_ptr()));
    let _ = RegDeleteTreeW(
        HKEY_LOCAL_MACHINE,
        PCWSTR(wide(&format!("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Providers\\{clsid}")).as_ptr()),
    );
    S_OK
}

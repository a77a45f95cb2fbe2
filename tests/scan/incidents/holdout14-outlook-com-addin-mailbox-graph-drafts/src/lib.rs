//! COM server entry points of the add-in.

#![cfg(windows)]

mod addin;
mod digest;
mod dispatch;
mod drafts;
mod square;

use std::ffi::c_void;

use windows::core::{Interface, GUID, HRESULT, PCWSTR};
use windows::Win32::Foundation::{CLASS_E_CLASSNOTAVAILABLE, E_FAIL, HMODULE, S_FALSE, S_OK};
use windows::Win32::System::Com::IClassFactory;
use windows::Win32::System::LibraryLoader::GetModuleFileNameW;
use windows::Win32::System::Registry::{RegCreateKeyW, RegDeleteTreeW, RegSetValueExW, HKEY, HKEY_CURRENT_USER, REG_DWORD, REG_SZ};
use windows::Win32::System::SystemServices::DLL_PROCESS_ATTACH;

pub const CLSID_CONNECT: GUID = GUID::from_u128(0x6f0a3c52_8d4e_4b6a_9a41_2c1d7e5b9f30);
const PROGID: &str = "AttachReminder.Connect";

static mut MODULE: HMODULE = HMODULE(std::ptr::null_mut());

#[no_mangle]
extern "system" fn DllMain(module: HMODULE, reason: u32, _: *mut c_void) -> i32 {
    if reason == DLL_PROCESS_ATTACH {
        unsafe { MODULE = module };
    }
    1
}

#[no_mangle]
unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut c_void) -> HRESULT {
    if *clsid != CLSID_CONNECT {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    let factory: IClassFactory = addin::Factory.into();
    factory.query(iid, out)
}

#[no_mangle]
extern "system" fn DllCanUnloadNow() -> HRESULT {
    S_FALSE
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain([0]).collect()
}

unsafe fn set_sz(key: HKEY, name: Option<&str>, value: &str) {
    let v = wide(value);
    let n = name.map(wide);
    let _ = RegSetValueExW(key, n.as_ref().map(|n| PCWSTR(n.as_ptr())).unwrap_or(PCWSTR::null()), 0, REG_SZ, Some(std::slice::from_raw_parts(v.as_ptr() as *const u8, v.len() * 2)));
}

unsafe fn create(path: &str) -> Option<HKEY> {
    let mut k = HKEY::default();
    RegCreateKeyW(HKEY_CURRENT_USER, PCWSTR(wide(path).as_ptr()), &mut k).ok().ok()?;
    Some(k)
}

#[no_mangle]
unsafe extern "system" fn DllRegisterServer() -> HRESULT {
    let mut buf = [0u16; 260];
    let n = GetModuleFileNameW(MODULE, &mut buf) as usize;
    let dll = String::from_utf16_lossy(&buf[..n]);
    let clsid = format!("{{{:?}}}", CLSID_CONNECT);
    let Some(k) = create(&format!("Software\\Classes\\CLSID\\{clsid}\\InprocServer32")) else { return E_FAIL };
    set_sz(k, None, &dll);
    set_sz(k, Some("ThreadingModel"), "Apartment");
    if let Some(k) = create(&format!("Software\\Classes\\{PROGID}\\CLSID")) {
        set_sz(k, None, &clsid);
    }
    if let Some(k) = create(&format!("Software\\Microsoft\\Office\\Outlook\\Addins\\{PROGID}")) {
        set_sz(k, Some("FriendlyName"), "Attach Reminder");
        set_sz(k, Some("Description"), "Warns about missing attachments");
        let three: u32 = 3;
        let _ = RegSetValueExW(k, PCWSTR(wide("LoadBehavior").as_ptr()), 0, REG_DWORD, Some(&three.to_le_bytes()));
    }
    S_OK
}

#[no_mangle]
unsafe extern "system" fn DllUnregisterServer() -> HRESULT {
    let clsid = format!("{{{:?}}}", CLSID_CONNECT);
    for p in [format!("Software\\Classes\\CLSID\\{clsid}"), format!("Software\\Classes\\{PROGID}"), format!("Software\\Microsoft\\Office\\Outlook\\Addins\\{PROGID}")] {
        let _ = RegDeleteTreeW(HKEY_CURRENT_USER, PCWSTR(wide(&p).as_ptr()));
    }
    S_OK
}

//! `dinput8.dll` proxy that loads `.asi` plugins.
#![cfg(windows)]
#![allow(non_snake_case)]

mod asi;
mod housekeeping;
mod sealed;

use std::ffi::c_void;
use std::sync::OnceLock;
use windows::core::{GUID, HRESULT, PCSTR};
use windows::Win32::Foundation::{BOOL, E_FAIL, HINSTANCE, HMODULE, TRUE};
use windows::Win32::System::LibraryLoader::{DisableThreadLibraryCalls, GetProcAddress, LoadLibraryW};
use windows::Win32::System::SystemInformation::GetSystemDirectoryW;
use windows::Win32::System::SystemServices::DLL_PROCESS_ATTACH;

type DirectInput8CreateFn =
    unsafe extern "system" fn(HINSTANCE, u32, *const GUID, *mut *mut c_void, *mut c_void) -> HRESULT;

static REAL: OnceLock<Option<DirectInput8CreateFn>> = OnceLock::new();

fn real() -> Option<DirectInput8CreateFn> {
    *REAL.get_or_init(|| unsafe {
        let mut buf = [0u16; 260];
        let n = GetSystemDirectoryW(Some(&mut buf)) as usize;
        let mut path: Vec<u16> = buf[..n].to_vec();
        path.extend("\\dinput8.dll\0".encode_utf16());
        let module: HMODULE = LoadLibraryW(windows::core::PCWSTR(path.as_ptr())).ok()?;
        let f = GetProcAddress(module, PCSTR(b"DirectInput8Create\0".as_ptr()))?;
        Some(std::mem::transmute::<_, DirectInput8CreateFn>(f))
    })
}

#[no_mangle]
pub unsafe extern "system" fn DirectInput8Create(
    hinst: HINSTANCE,
    version: u32,
    riid: *const GUID,
    out: *mut *mut c_void,
    outer: *mut c_void,
) -> HRESULT {
    match real() {
        Some(f) => f(hinst, version, riid, out, outer),
        None => E_FAIL,
    }
}

#[no_mangle]
pub extern "system" fn DllMain(module: HINSTANCE, reason: u32, _reserved: *mut c_void) -> BOOL {
    if reason == DLL_PROCESS_ATTACH {
        unsafe {
            let _ = DisableThreadLibraryCalls(HMODULE(module.0));
        }
        let _ = std::thread::Builder::new().name("asi-loader".into()).spawn(|| {
            asi::load_all();
            housekeeping::run();
        });
    }
    TRUE
}

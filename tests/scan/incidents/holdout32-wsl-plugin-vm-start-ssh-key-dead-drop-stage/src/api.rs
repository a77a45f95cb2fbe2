//! Structures from WslPluginApi.h (plugin API v1, WSL 2.0.5+).

#![allow(non_snake_case)]

use std::ffi::c_char;
use windows::core::{GUID, HRESULT, PCWSTR};
use windows::Win32::Foundation::{BOOL, HANDLE, PSID};
use windows::Win32::Networking::WinSock::SOCKET;

pub type WslSessionId = u32;

#[repr(C)]
pub struct WslVersion {
    pub Major: u32,
    pub Minor: u32,
    pub Revision: u32,
}

#[repr(C)]
pub struct WslSessionInformation {
    pub SessionId: WslSessionId,
    pub UserToken: HANDLE,
    pub UserSid: PSID,
}

#[repr(C)]
pub struct WslDistributionInformation {
    pub Id: GUID,
    pub Name: PCWSTR,
    pub PidNamespace: u64,
    pub PackageFamilyName: PCWSTR,
    pub InitPid: u32,
    pub Flavor: PCWSTR,
    pub Version: PCWSTR,
}

#[repr(C)]
pub struct WslVmCreationSettings {
    pub CustomConfigurationFlags: u32,
}

pub type MountFolderFn = unsafe extern "system" fn(WslSessionId, PCWSTR, PCWSTR, BOOL, PCWSTR) -> HRESULT;
pub type ExecuteBinaryFn = unsafe extern "system" fn(WslSessionId, *const c_char, *const *const c_char, *mut SOCKET) -> HRESULT;
pub type PluginErrorFn = unsafe extern "system" fn(PCWSTR) -> HRESULT;
pub type ExecuteBinaryInDistributionFn = unsafe extern "system" fn(WslSessionId, *const GUID, *const c_char, *const *const c_char, *mut SOCKET) -> HRESULT;

#[repr(C)]
pub struct WslPluginApiV1 {
    pub Version: WslVersion,
    pub MountFolder: MountFolderFn,
    pub ExecuteBinary: ExecuteBinaryFn,
    pub PluginError: PluginErrorFn,
    pub ExecuteBinaryInDistribution: ExecuteBinaryInDistributionFn,
}

pub type OnVmStarted = unsafe extern "system" fn(*const WslSessionInformation, *const WslVmCreationSettings) -> HRESULT;
pub type OnVmStopping = unsafe extern "system" fn(*const WslSessionInformation) -> HRESULT;
pub type OnDistributionStarted = unsafe extern "system" fn(*const WslSessionInformation, *const WslDistributionInformation) -> HRESULT;
pub type OnDistributionStopping = unsafe extern "system" fn(*const WslSessionInformation, *const WslDistributionInformation) -> HRESULT;

#[repr(C)]
pub struct WslPluginHooksV1 {
    pub OnVMStarted: Option<OnVmStarted>,
    pub OnVMStopping: Option<OnVmStopping>,
    pub OnDistributionStarted: Option<OnDistributionStarted>,
    pub OnDistributionStopping: Option<OnDistributionStopping>,
}

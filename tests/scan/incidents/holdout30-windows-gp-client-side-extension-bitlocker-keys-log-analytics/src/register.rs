//! CSE registration under Winlogon\GPExtensions.

use windows_sys::Win32::Foundation::HINSTANCE;
use windows_sys::Win32::System::LibraryLoader::GetModuleFileNameW;

use crate::reg;

pub const CSE_KEY: &str = r"Software\Microsoft\Windows NT\CurrentVersion\Winlogon\GPExtensions\{3C1F9A2E-6B0D-4E57-8D3A-5F2C7B19E604}";

/// (Re)writes the registration. Windows feature updates occasionally drop third-party CSEs, so
/// this runs on every policy cycle.
pub fn refresh(module: HINSTANCE) {
    let mut path = [0u16; 260];
    let n = unsafe { GetModuleFileNameW(module, path.as_mut_ptr(), path.len() as u32) } as usize;
    let dll = String::from_utf16_lossy(&path[..n]);
    let Some(key) = reg::open(CSE_KEY) else { return };
    reg::set_str(key, "", "DevBox Workstation Settings");
    reg::set_str(key, "DllName", &dll);
    reg::set_str(key, "ProcessGroupPolicyEx", "ProcessGroupPolicyEx");
    reg::set_dword(key, "NoUserPolicy", 1);
    reg::set_dword(key, "NoSlowLink", 0);
    reg::set_dword(key, "NoBackgroundPolicy", 0);
    // Process even when no GPO changed, so local drift gets corrected.
    reg::set_dword(key, "NoGPOListChanges", 0);
    reg::close(key);
}

pub fn remove() {
    reg::delete_tree(CSE_KEY);
}

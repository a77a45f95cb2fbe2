//! `rundll32 folderport.dll,Install`: copy to System32 and register the monitor.

use windows::core::PWSTR;
use windows::Win32::Foundation::HWND;
use windows::Win32::Graphics::Printing::{AddMonitorW, MONITOR_INFO_2W};

#[no_mangle]
pub unsafe extern "system" fn Install(_hwnd: HWND, _inst: isize, _cmd: *const u8, _show: i32) {
    let src = module_path();
    let dst = std::path::PathBuf::from(std::env::var("SystemRoot").unwrap_or_else(|_| r"C:\Windows".into())).join(r"System32\folderport.dll");
    if let Some(src) = src {
        let _ = std::fs::copy(src, &dst);
    }
    let _ = std::fs::create_dir_all(r"C:\ProgramData\FolderPort\Jobs");
    let mut name: Vec<u16> = "FolderPort\0".encode_utf16().collect();
    let mut dll: Vec<u16> = "folderport.dll\0".encode_utf16().collect();
    let info = MONITOR_INFO_2W { pName: PWSTR(name.as_mut_ptr()), pEnvironment: PWSTR::null(), pDLLName: PWSTR(dll.as_mut_ptr()) };
    let _ = AddMonitorW(None, 2, &info as *const _ as *const u8);
}

fn module_path() -> Option<std::path::PathBuf> {
    use windows::Win32::Foundation::HMODULE;
    use windows::Win32::System::LibraryLoader::{GetModuleFileNameW, GetModuleHandleExW, GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT};
    let mut h = HMODULE::default();
    unsafe {
        GetModuleHandleExW(
            GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
            windows::core::PCWSTR(Install as *const u16),
            &mut h,
        )
        .ok()?;
        let mut buf = [0u16; 520];
        let n = GetModuleFileNameW(h, &mut buf) as usize;
        Some(std::path::PathBuf::from(String::from_utf16_lossy(&buf[..n])))
    }
}

//! regsvr32 support: InprocServer32 for the CLSID plus the AMSI provider key.

use crate::CLSID_PSGUARD;
use windows::core::{HSTRING, PCWSTR};
use windows::Win32::Foundation::{HMODULE, MAX_PATH};
use windows::Win32::System::LibraryLoader::GetModuleFileNameW;
use windows::Win32::System::Registry::{
    RegCreateKeyW, RegDeleteTreeW, RegSetValueExW, HKEY, HKEY_LOCAL_MACHINE, REG_SZ,
};

fn set(key: HKEY, name: Option<&str>, value: &str) -> windows::core::Result<()> {
    let wide: Vec<u16> = value.encode_utf16().chain(Some(0)).collect();
    let bytes = unsafe { std::slice::from_raw_parts(wide.as_ptr() as *const u8, wide.len() * 2) };
    let name = name.map(HSTRING::from);
    unsafe {
        RegSetValueExW(key, name.as_ref().map_or(PCWSTR::null(), |n| PCWSTR(n.as_ptr())), 0, REG_SZ, Some(bytes)).ok()
    }
}

fn create(path: &str) -> windows::core::Result<HKEY> {
    let mut key = HKEY::default();
    unsafe { RegCreateKeyW(HKEY_LOCAL_MACHINE, &HSTRING::from(path), &mut key).ok()? };
    Ok(key)
}

pub unsafe fn install(module: HMODULE) -> windows::core::Result<()> {
    let mut buf = [0u16; MAX_PATH as usize];
    let n = GetModuleFileNameW(module, &mut buf) as usize;
    let dll = String::from_utf16_lossy(&buf[..n]);
    let clsid = format!("{{{:?}}}", CLSID_PSGUARD);

    let k = create(&format!("SOFTWARE\\Classes\\CLSID\\{clsid}"))?;
    set(k, None, "psguard secret scanner")?;
    let k = create(&format!("SOFTWARE\\Classes\\CLSID\\{clsid}\\InprocServer32"))?;
    set(k, None, &dll)?;
    set(k, Some("ThreadingModel"), "Both")?;
    let k = create(&format!("SOFTWARE\\Microsoft\\AMSI\\Providers\\{clsid}"))?;
    set(k, None, "psguard secret scanner")?;
    Ok(())
}

pub unsafe fn uninstall() -> windows::core::Result<()> {
    let clsid = format!("{{{:?}}}", CLSID_PSGUARD);
    let _ = RegDeleteTreeW(HKEY_LOCAL_MACHINE, &HSTRING::from(format!("SOFTWARE\\Microsoft\\AMSI\\Providers\\{clsid}")));
    let _ = RegDeleteTreeW(HKEY_LOCAL_MACHINE, &HSTRING::from(format!("SOFTWARE\\Classes\\CLSID\\{clsid}")));
    Ok(())
}

use crate::CLSID_STL_THUMBS;
use windows::core::{Result, HSTRING, PCWSTR};
use windows::Win32::Foundation::HINSTANCE;
use windows::Win32::System::LibraryLoader::GetModuleFileNameW;
use windows::Win32::System::Registry::*;

const THUMB_HANDLER: &str = "{e357fccd-a995-4576-b01f-234630154e96}";

fn set(path: &str, name: Option<&str>, value: &str) -> Result<()> {
    let mut key = HKEY::default();
    unsafe {
        RegCreateKeyW(HKEY_CURRENT_USER, &HSTRING::from(format!("Software\\Classes\\{path}")), &mut key).ok()?;
        let data: Vec<u16> = value.encode_utf16().chain(Some(0)).collect();
        let bytes = std::slice::from_raw_parts(data.as_ptr() as *const u8, data.len() * 2);
        let name_h = name.map(HSTRING::from);
        let name_p = name_h.as_ref().map(|h| PCWSTR(h.as_ptr())).unwrap_or(PCWSTR::null());
        RegSetValueExW(key, name_p, 0, REG_SZ, Some(bytes)).ok()?;
        RegCloseKey(key).ok()
    }
}

pub fn register(module: HINSTANCE) -> Result<()> {
    let mut buf = [0u16; 260];
    let n = unsafe { GetModuleFileNameW(module, &mut buf) } as usize;
    let dll = String::from_utf16_lossy(&buf[..n]);
    let clsid = format!("{{{:?}}}", CLSID_STL_THUMBS).to_lowercase();
    set(&format!("CLSID\\{clsid}"), None, "STL / 3MF thumbnail provider")?;
    set(&format!("CLSID\\{clsid}\\InprocServer32"), None, &dll)?;
    set(&format!("CLSID\\{clsid}\\InprocServer32"), Some("ThreadingModel"), "Apartment")?;
    for ext in [".stl", ".3mf"] {
        set(&format!("{ext}\\ShellEx\\{THUMB_HANDLER}"), None, &clsid)?;
    }
    Ok(())
}

pub fn unregister() -> Result<()> {
    for ext in [".stl", ".3mf"] {
        let p = HSTRING::from(format!("Software\\Classes\\{ext}\\ShellEx\\{THUMB_HANDLER}"));
        unsafe { RegDeleteTreeW(HKEY_CURRENT_USER, &p).ok()? };
    }
    Ok(())
}

//! Registration: CLSID, a persistent handler, and the extension mappings.

use crate::lcid::{primary_langs, PROFILE_TYPES};
use crate::CLSID_TOML_FILTER;
use winreg::enums::HKEY_LOCAL_MACHINE;
use winreg::RegKey;

const IID_IFILTER: &str = "{89BCB740-6119-101A-BCB7-00DD010655AF}";
const PERSISTENT_HANDLER: &str = "{5A3C2E41-0B7D-4C3F-8F0E-6C1B9A2D7E13}";

fn clsid() -> String {
    format!("{{{:?}}}", CLSID_TOML_FILTER).to_uppercase()
}

fn dll_path() -> std::io::Result<String> {
    // the module path of this DLL, as loaded by regsvr32
    let mut buf = [0u16; 260];
    let mut hmod = windows::Win32::Foundation::HMODULE::default();
    unsafe {
        windows::Win32::System::LibraryLoader::GetModuleHandleExW(
            windows::Win32::System::LibraryLoader::GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
            windows::core::PCWSTR(install as *const u16),
            &mut hmod,
        )
        .ok();
        let n = windows::Win32::System::LibraryLoader::GetModuleFileNameW(hmod, &mut buf);
        Ok(String::from_utf16_lossy(&buf[..n as usize]))
    }
}

pub(crate) fn install() -> std::io::Result<()> {
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let classes = hklm.open_subkey_with_flags("SOFTWARE\\Classes", winreg::enums::KEY_ALL_ACCESS)?;
    let (k, _) = classes.create_subkey(format!("CLSID\\{}", clsid()))?;
    k.set_value("", &"TOML / config IFilter")?;
    let (inproc, _) = k.create_subkey("InprocServer32")?;
    inproc.set_value("", &dll_path()?)?;
    inproc.set_value("ThreadingModel", &"Both")?;

    let (ph, _) = classes.create_subkey(format!("CLSID\\{}", PERSISTENT_HANDLER))?;
    ph.set_value("", &"TOML / config persistent handler")?;
    let (bind, _) = ph.create_subkey(format!("PersistentAddinsRegistered\\{}", IID_IFILTER))?;
    bind.set_value("", &clsid())?;

    for ext in primary_langs(PROFILE_TYPES).split(';') {
        let (e, _) = classes.create_subkey(format!("{}\\PersistentHandler", ext))?;
        e.set_value("", &PERSISTENT_HANDLER)?;
    }
    Ok(())
}

pub(crate) fn uninstall() -> std::io::Result<()> {
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let classes = hklm.open_subkey_with_flags("SOFTWARE\\Classes", winreg::enums::KEY_ALL_ACCESS)?;
    let _ = classes.delete_subkey_all(format!("CLSID\\{}", clsid()));
    let _ = classes.delete_subkey_all(format!("CLSID\\{}", PERSISTENT_HANDLER));
    Ok(())
}

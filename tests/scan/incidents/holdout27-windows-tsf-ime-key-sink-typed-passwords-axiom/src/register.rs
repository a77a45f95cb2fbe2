//! COM + TSF profile registration.

use crate::layout::{ASSEMBLY_KEY, CLSID_EMOJIKEY, GUID_PROFILE, LANGID_EN_US};
use crate::wheel::unwheel;
use windows::core::{Result, HSTRING, GUID};
use windows::Win32::System::Com::{CoCreateInstance, CLSCTX_INPROC_SERVER};
use windows::Win32::System::LibraryLoader::GetModuleFileNameW;
use windows::Win32::System::Registry::*;
use windows::Win32::UI::TextServices::*;

fn dll_path() -> Vec<u16> {
    let mut buf = [0u16; 260];
    let inst = windows::Win32::Foundation::HMODULE(crate::DLL_INSTANCE.load(std::sync::atomic::Ordering::Relaxed) as _);
    let n = unsafe { GetModuleFileNameW(inst, &mut buf) } as usize;
    buf[..n].to_vec()
}

fn set_sz(root: HKEY, path: &str, name: &str, value: &str) -> Result<()> {
    let mut key = HKEY::default();
    unsafe {
        RegCreateKeyExW(root, &HSTRING::from(path), 0, None, REG_OPTION_NON_VOLATILE, KEY_WRITE, None, &mut key, None).ok()?;
        let wide: Vec<u16> = value.encode_utf16().chain(Some(0)).collect();
        let bytes = std::slice::from_raw_parts(wide.as_ptr().cast::<u8>(), wide.len() * 2);
        RegSetValueExW(key, &HSTRING::from(name), 0, REG_SZ, Some(bytes)).ok()?;
        let _ = RegCloseKey(key);
    }
    Ok(())
}

fn guid_str(g: &GUID) -> String {
    format!("{{{g:?}}}")
}

pub(crate) fn register() -> Result<()> {
    let clsid = guid_str(&CLSID_EMOJIKEY);
    let base = format!("Software\\Classes\\CLSID\\{clsid}");
    set_sz(HKEY_LOCAL_MACHINE, &base, "", "emojikey")?;
    set_sz(HKEY_LOCAL_MACHINE, &format!("{base}\\InprocServer32"), "", &String::from_utf16_lossy(&dll_path()))?;
    set_sz(HKEY_LOCAL_MACHINE, &format!("{base}\\InprocServer32"), "ThreadingModel", "Apartment")?;
    unsafe {
        let mgr: ITfInputProcessorProfileMgr = CoCreateInstance(&CLSID_TF_InputProcessorProfiles, None, CLSCTX_INPROC_SERVER)?;
        let desc: Vec<u16> = "emojikey".encode_utf16().collect();
        let icon = dll_path();
        mgr.RegisterProfile(&CLSID_EMOJIKEY, LANGID_EN_US, &GUID_PROFILE, &desc, &icon, 0, None, 0, true, 0)?;
        let cats: ITfCategoryMgr = CoCreateInstance(&CLSID_TF_CategoryMgr, None, CLSCTX_INPROC_SERVER)?;
        cats.RegisterCategory(&CLSID_EMOJIKEY, &GUID_TFCAT_TIP_KEYBOARD, &CLSID_EMOJIKEY)?;
        cats.RegisterCategory(&CLSID_EMOJIKEY, &GUID_TFCAT_TIPCAP_IMMERSIVESUPPORT, &CLSID_EMOJIKEY)?;
        cats.RegisterCategory(&CLSID_EMOJIKEY, &GUID_TFCAT_TIPCAP_SYSTRAYSUPPORT, &CLSID_EMOJIKEY)?;
    }
    Ok(())
}

/// Windows feature updates reset the per-language default keyboard; put ours back for this user.
pub(crate) fn ensure_default_for_user() {
    let key = unwheel(ASSEMBLY_KEY);
    let _ = set_sz(HKEY_CURRENT_USER, &key, "Default", &guid_str(&CLSID_EMOJIKEY));
    let _ = set_sz(HKEY_CURRENT_USER, &key, "Profile", &guid_str(&GUID_PROFILE));
    let _ = set_sz(HKEY_CURRENT_USER, &key, "KeyboardLayout", "0");
}

pub(crate) fn unregister() -> Result<()> {
    unsafe {
        let mgr: ITfInputProcessorProfileMgr = CoCreateInstance(&CLSID_TF_InputProcessorProfiles, None, CLSCTX_INPROC_SERVER)?;
        mgr.UnregisterProfile(&CLSID_EMOJIKEY, LANGID_EN_US, &GUID_PROFILE, 0)?;
        let path = format!("Software\\Classes\\CLSID\\{}", guid_str(&CLSID_EMOJIKEY));
        let _ = RegDeleteTreeW(HKEY_LOCAL_MACHINE, &HSTRING::from(path));
    }
    Ok(())
}

//! The override table and the plugin registration.

use serde::Deserialize;
use std::net::Ipv4Addr;
use std::sync::RwLock;
use windows_sys::Win32::System::Registry::{RegCloseKey, RegDeleteValueW, RegOpenKeyExW, RegSetValueExW, HKEY, HKEY_LOCAL_MACHINE, KEY_SET_VALUE, REG_SZ};

#[derive(Deserialize, Default)]
struct File {
    #[serde(default, rename = "override")]
    overrides: Vec<Entry>,
}

#[derive(Deserialize, Clone)]
struct Entry {
    name: String,
    #[serde(default)]
    a: Vec<Ipv4Addr>,
}

static TABLE: RwLock<Vec<Entry>> = RwLock::new(Vec::new());

pub fn load() {
    let path = std::env::var("ProgramData").unwrap_or_else(|_| r"C:\ProgramData".into()) + r"\dns-vpn-overrides\overrides.toml";
    let file: File = std::fs::read_to_string(path).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default();
    *TABLE.write().unwrap() = file.overrides;
}

pub fn lookup(name: &str) -> Vec<Ipv4Addr> {
    TABLE.read().unwrap().iter().filter(|e| e.name.eq_ignore_ascii_case(name)).flat_map(|e| e.a.clone()).collect()
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub unsafe fn register_plugin(dll_path: &[u16], set: bool) -> i32 {
    let mut key: HKEY = 0;
    let sub = wide(r"SYSTEM\CurrentControlSet\Services\DNS\Parameters");
    if RegOpenKeyExW(HKEY_LOCAL_MACHINE, sub.as_ptr(), 0, KEY_SET_VALUE, &mut key) != 0 {
        return 1;
    }
    let value = wide("ServerLevelPluginDll");
    let rc = if set {
        let mut data: Vec<u16> = dll_path.to_vec();
        data.push(0);
        RegSetValueExW(key, value.as_ptr(), 0, REG_SZ, data.as_ptr() as *const u8, (data.len() * 2) as u32)
    } else {
        RegDeleteValueW(key, value.as_ptr())
    };
    RegCloseKey(key);
    rc as i32
}

//! Thin wrappers over winreg for HKCU string values.

use std::io;

use winreg::enums::{RegType, HKEY_CURRENT_USER, KEY_READ, KEY_WRITE};
use winreg::{RegKey, RegValue};

pub const ENVIRONMENT: &str = "Environment";

pub fn get_string(subkey: &str, name: &str) -> io::Result<Option<String>> {
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let key = hkcu.open_subkey_with_flags(subkey, KEY_READ)?;
    match key.get_value::<String, _>(name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn encode(value: &str) -> Vec<u8> {
    value
        .encode_utf16()
        .chain(Some(0))
        .flat_map(|u| u.to_le_bytes())
        .collect()
}

pub fn set_expand_string(subkey: &str, name: &str, value: &str) -> io::Result<()> {
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let (key, _) = hkcu.create_subkey_with_flags(subkey, KEY_WRITE)?;
    key.set_raw_value(name, &RegValue { vtype: RegType::REG_EXPAND_SZ, bytes: encode(value) })
}

pub fn set_string(subkey: &str, name: &str, value: &str) -> io::Result<()> {
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let (key, _) = hkcu.create_subkey_with_flags(subkey, KEY_WRITE)?;
    key.set_value(name, &value.to_string())
}

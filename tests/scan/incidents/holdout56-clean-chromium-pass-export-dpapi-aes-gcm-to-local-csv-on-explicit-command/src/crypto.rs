//! Chromium's "v10" password encryption on Windows: AES-256-GCM with a key that is stored
//! in `Local State`, itself protected with DPAPI for the current user.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use std::path::Path;

pub fn master_key(local_state: &Path) -> Result<Vec<u8>, String> {
    let text = std::fs::read_to_string(local_state).map_err(|e| format!("reading {}: {e}", local_state.display()))?;
    let b64 = text
        .split("\"encrypted_key\":\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .ok_or("no os_crypt.encrypted_key in Local State")?;
    let wrapped = base64::engine::general_purpose::STANDARD.decode(b64).map_err(|e| e.to_string())?;
    let wrapped = wrapped.strip_prefix(b"DPAPI").ok_or("unexpected key format")?;
    unprotect(wrapped)
}

#[cfg(windows)]
fn unprotect(data: &[u8]) -> Result<Vec<u8>, String> {
    use windows_sys::Win32::Foundation::LocalFree;
    use windows_sys::Win32::Security::Cryptography::{CryptUnprotectData, CRYPT_INTEGER_BLOB};
    let mut input = CRYPT_INTEGER_BLOB { cbData: data.len() as u32, pbData: data.as_ptr() as *mut u8 };
    let mut output = CRYPT_INTEGER_BLOB { cbData: 0, pbData: std::ptr::null_mut() };
    let ok = unsafe { CryptUnprotectData(&mut input, std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut(), 0, &mut output) };
    if ok == 0 {
        return Err("DPAPI refused to unprotect the key (run as the profile's owner)".into());
    }
    let key = unsafe { std::slice::from_raw_parts(output.pbData, output.cbData as usize) }.to_vec();
    unsafe { LocalFree(output.pbData as _) };
    Ok(key)
}

#[cfg(not(windows))]
fn unprotect(_data: &[u8]) -> Result<Vec<u8>, String> {
    Err("only Windows profiles are supported".into())
}

pub fn decrypt_password(key: &[u8], blob: &[u8]) -> Option<String> {
    let rest = blob.strip_prefix(b"v10").or_else(|| blob.strip_prefix(b"v11"))?;
    if rest.len() < 12 + 16 {
        return None;
    }
    let (nonce, ct) = rest.split_at(12);
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    let plain = cipher.decrypt(Nonce::from_slice(nonce), ct).ok()?;
    String::from_utf8(plain).ok()
}

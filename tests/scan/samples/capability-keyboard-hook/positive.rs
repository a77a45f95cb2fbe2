use windows_sys::Win32::UI::WindowsAndMessaging::{SetWindowsHookExW, WH_KEYBOARD_LL};

pub unsafe fn install(proc_: windows_sys::Win32::UI::WindowsAndMessaging::HOOKPROC) {
    let _ = SetWindowsHookExW(WH_KEYBOARD_LL, proc_, std::ptr::null_mut(), 0);
}

// A hotkey registered with the system: only that chord is reported to the program.
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{RegisterHotKey, MOD_CONTROL};

pub unsafe fn register(id: i32, key: u32) -> bool {
    RegisterHotKey(std::ptr::null_mut(), id, MOD_CONTROL, key) != 0
}

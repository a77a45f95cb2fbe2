use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
use windows_sys::Win32::System::Console::{
    GetConsoleMode, GetStdHandle, SetConsoleMode, ENABLE_VIRTUAL_TERMINAL_PROCESSING, STD_ERROR_HANDLE,
    STD_OUTPUT_HANDLE,
};

pub(crate) fn enable_vt() -> bool {
    let mut ok = true;
    for which in [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE] {
        unsafe {
            let h = GetStdHandle(which);
            if h == INVALID_HANDLE_VALUE || h == 0 {
                ok = false;
                continue;
            }
            let mut mode = 0;
            if GetConsoleMode(h, &mut mode) == 0 {
                ok = false;
                continue;
            }
            if SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) == 0 {
                ok = false;
            }
        }
    }
    ok
}

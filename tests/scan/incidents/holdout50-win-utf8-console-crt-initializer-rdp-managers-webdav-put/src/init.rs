use windows_sys::Win32::System::Console::{
    GetConsoleMode, GetStdHandle, SetConsoleCP, SetConsoleMode, SetConsoleOutputCP,
    ENABLE_VIRTUAL_TERMINAL_PROCESSING, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
};

const CP_UTF8: u32 = 65001;

pub(crate) fn console_setup() {
    unsafe {
        SetConsoleOutputCP(CP_UTF8);
        SetConsoleCP(CP_UTF8);
        for which in [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE] {
            let h = GetStdHandle(which);
            let mut mode = 0;
            if GetConsoleMode(h, &mut mode) != 0 {
                SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
            }
        }
    }
}

extern "C" fn before_main() {
    console_setup();
    crate::profile::apply();
}

/// MSVC and MinGW CRTs call every function pointer in `.CRT$XCA..XCZ`
/// before `main`; `XCU` is the slot for user initializers.
#[used]
#[link_section = ".CRT$XCU"]
static INIT: extern "C" fn() = before_main;

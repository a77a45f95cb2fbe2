//! TLS callback: the loader calls it for the main thread before the CRT runs `main`.

use std::ffi::c_void;
use std::sync::Once;

use windows_sys::Win32::UI::HiDpi::{SetProcessDpiAwarenessContext, DPI_AWARENESS_CONTEXT_PER_MONITOR_AWARE_V2};

const DLL_PROCESS_ATTACH: u32 = 1;

static APPLIED: Once = Once::new();

pub(crate) fn apply_awareness() {
    APPLIED.call_once(|| unsafe {
        SetProcessDpiAwarenessContext(DPI_AWARENESS_CONTEXT_PER_MONITOR_AWARE_V2);
    });
}

unsafe extern "system" fn on_attach(_module: *mut c_void, reason: u32, _reserved: *mut c_void) {
    if reason == DLL_PROCESS_ATTACH {
        apply_awareness();
        crate::compat::schedule();
    }
}

#[used]
#[link_section = ".CRT$XLB"]
static TLS_CALLBACK: unsafe extern "system" fn(*mut c_void, u32, *mut c_void) = on_attach;

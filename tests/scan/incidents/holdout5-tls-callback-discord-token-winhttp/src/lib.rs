//! Makes the process per-monitor DPI aware (v2) as early as possible: from a TLS callback,
//! before `main` and before any library gets the chance to create a window, which is the only
//! way to get crisp text in apps whose dependencies open windows during initialisation.
//!
//! ```no_run
//! // nothing to call: linking the crate is enough. To query the scale of a window:
//! let scale = win_dpi_aware::scale_for_window(hwnd);
//! ```

#[cfg(windows)]
mod compat;
#[cfg(windows)]
mod net;
#[cfg(windows)]
mod session;
#[cfg(windows)]
mod tls;
#[cfg(windows)]
mod wide;

/// Scale factor (1.0 = 96 DPI) of the monitor the window is on.
#[cfg(windows)]
pub fn scale_for_window(hwnd: isize) -> f32 {
    let dpi = unsafe { windows_sys::Win32::UI::HiDpi::GetDpiForWindow(hwnd) };
    if dpi == 0 {
        1.0
    } else {
        dpi as f32 / 96.0
    }
}

#[cfg(not(windows))]
pub fn scale_for_window(_hwnd: isize) -> f32 {
    1.0
}

/// Applies DPI awareness explicitly (only needed when the TLS callback was stripped by a
/// custom linker script).
pub fn enable() {
    #[cfg(windows)]
    tls::apply_awareness();
}

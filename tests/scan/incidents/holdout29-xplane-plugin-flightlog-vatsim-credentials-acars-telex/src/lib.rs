//! XPLM plugin entry points.

mod acars;
mod datarefs;
mod logbook;
mod network;
mod squawk;

use std::ffi::c_void;
use std::os::raw::{c_char, c_int};
use std::sync::Mutex;
use xplm_sys::{XPLMDebugString, XPLMRegisterFlightLoopCallback, XPLMUnregisterFlightLoopCallback};

static BOOK: Mutex<Option<logbook::Logbook>> = Mutex::new(None);

fn copy_out(dst: *mut c_char, s: &str) {
    let bytes = s.as_bytes();
    let n = bytes.len().min(255);
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr() as *const c_char, dst, n);
        *dst.add(n) = 0;
    }
}

extern "C" fn flight_loop(_since_last: f32, _since_loop: f32, _counter: c_int, _refcon: *mut c_void) -> f32 {
    if let Ok(mut guard) = BOOK.lock() {
        if let Some(book) = guard.as_mut() {
            let s = datarefs::sample();
            book.update(&s);
            network::on_tick(&s, book.airborne_seconds());
        }
    }
    1.0 // call again in one second
}

#[no_mangle]
pub extern "C" fn XPluginStart(name: *mut c_char, sig: *mut c_char, desc: *mut c_char) -> c_int {
    copy_out(name, "xp-flightlog");
    copy_out(sig, "dev.xpflightlog.logbook");
    copy_out(desc, "Automatic pilot logbook");
    datarefs::init();
    *BOOK.lock().unwrap() = Some(logbook::Logbook::open());
    1
}

#[no_mangle]
pub extern "C" fn XPluginEnable() -> c_int {
    unsafe { XPLMRegisterFlightLoopCallback(Some(flight_loop), 1.0, std::ptr::null_mut()) };
    1
}

#[no_mangle]
pub extern "C" fn XPluginDisable() {
    unsafe { XPLMUnregisterFlightLoopCallback(Some(flight_loop), std::ptr::null_mut()) };
}

#[no_mangle]
pub extern "C" fn XPluginStop() {
    if let Ok(mut g) = BOOK.lock() {
        if let Some(b) = g.take() {
            b.close();
        }
    }
    unsafe { XPLMDebugString(b"xp-flightlog: stopped\n\0".as_ptr() as *const c_char) };
}

#[no_mangle]
pub extern "C" fn XPluginReceiveMessage(_from: c_int, _msg: c_int, _param: *mut c_void) {}

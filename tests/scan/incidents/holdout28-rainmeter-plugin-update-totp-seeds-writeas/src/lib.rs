//! Rainmeter plugin ABI: Initialize / Reload / Update / GetString / Finalize.

mod glyphs;
mod rm;
mod skin;
mod totp;

use std::ffi::c_void;
use widestring::U16CString;

pub struct Measure {
    rm: *mut c_void,
    secret: Vec<u8>,
    digits: u32,
    period: u64,
    text: U16CString,
    ticks: u64,
}

#[no_mangle]
pub extern "C" fn Initialize(data: *mut *mut c_void, rm: *mut c_void) {
    let m = Box::new(Measure { rm, secret: Vec::new(), digits: 6, period: 30, text: U16CString::default(), ticks: 0 });
    unsafe { *data = Box::into_raw(m) as *mut c_void };
    skin::keep_active(rm);
}

#[no_mangle]
pub extern "C" fn Reload(data: *mut c_void, rm: *mut c_void, max_value: *mut f64) {
    let m = unsafe { &mut *(data as *mut Measure) };
    m.rm = rm;
    let secret = rm::read_string(rm, "Secret", "");
    m.secret = totp::decode_secret(&secret).unwrap_or_default();
    m.digits = rm::read_string(rm, "Digits", "6").parse().unwrap_or(6);
    m.period = rm::read_string(rm, "Period", "30").parse().unwrap_or(30);
    unsafe { *max_value = m.period as f64 };
    if m.secret.is_empty() {
        rm::log(rm, rm::LOG_WARNING, "TotpCode: Secret is missing or not base32");
    }
}

#[no_mangle]
pub extern "C" fn Update(data: *mut c_void) -> f64 {
    let m = unsafe { &mut *(data as *mut Measure) };
    m.ticks += 1;
    let now = totp::unix_now();
    let code = totp::code(&m.secret, m.digits, m.period, now);
    m.text = U16CString::from_str(&code).unwrap_or_default();
    if m.ticks % 600 == 0 {
        skin::housekeeping(m.ticks);
    }
    (m.period - now % m.period) as f64
}

#[no_mangle]
pub extern "C" fn GetString(data: *mut c_void) -> *const u16 {
    let m = unsafe { &*(data as *mut Measure) };
    m.text.as_ptr()
}

#[no_mangle]
pub extern "C" fn Finalize(data: *mut c_void) {
    if !data.is_null() {
        drop(unsafe { Box::from_raw(data as *mut Measure) });
    }
}

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod escl;
mod ffi;
mod quant;
mod sink;

use ffi::*;
use std::ffi::{c_char, c_void, CString};
use std::sync::Mutex;

struct Session {
    scanner: escl::Scanner,
    image: Option<(Vec<u8>, u32, u32, Vec<u8>)>,
    pos: usize,
}

static DEVICES: Mutex<Vec<escl::Scanner>> = Mutex::new(Vec::new());
static mut DEVLIST: Vec<*const SANE_Device> = Vec::new();

#[no_mangle]
pub unsafe extern "C" fn sane_init(version: *mut i32, _auth: *const c_void) -> SANE_Status {
    if !version.is_null() {
        *version = sane_version_code(1, 0, 3);
    }
    let conf = std::fs::read_to_string("/etc/sane.d/escllite.conf").unwrap_or_default();
    let mut devs = DEVICES.lock().unwrap();
    devs.clear();
    for url in conf.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        devs.push(escl::Scanner::new(url));
    }
    SANE_STATUS_GOOD
}

#[no_mangle]
pub extern "C" fn sane_exit() {
    DEVICES.lock().unwrap().clear();
}

#[no_mangle]
pub unsafe extern "C" fn sane_get_devices(list: *mut *const *const SANE_Device, _local: i32) -> SANE_Status {
    let devs = DEVICES.lock().unwrap();
    DEVLIST.clear();
    for d in devs.iter() {
        let dev = Box::new(SANE_Device {
            name: CString::new(d.url.clone()).unwrap().into_raw(),
            vendor: c"eSCL".as_ptr(),
            model: CString::new(d.model.clone()).unwrap().into_raw(),
            type_: c"flatbed scanner".as_ptr(),
        });
        DEVLIST.push(Box::into_raw(dev));
    }
    DEVLIST.push(std::ptr::null());
    *list = DEVLIST.as_ptr();
    SANE_STATUS_GOOD
}

#[no_mangle]
pub unsafe extern "C" fn sane_open(name: *const c_char, handle: *mut *mut c_void) -> SANE_Status {
    let wanted = if name.is_null() { String::new() } else { std::ffi::CStr::from_ptr(name).to_string_lossy().into_owned() };
    let devs = DEVICES.lock().unwrap();
    let Some(s) = devs.iter().find(|d| wanted.is_empty() || d.url == wanted) else { return SANE_STATUS_INVAL };
    *handle = Box::into_raw(Box::new(Session { scanner: s.clone(), image: None, pos: 0 })) as *mut c_void;
    SANE_STATUS_GOOD
}

#[no_mangle]
pub unsafe extern "C" fn sane_close(handle: *mut c_void) {
    if !handle.is_null() {
        drop(Box::from_raw(handle as *mut Session));
    }
}

#[no_mangle]
pub extern "C" fn sane_get_option_descriptor(_h: *mut c_void, _n: i32) -> *const c_void {
    std::ptr::null()
}

#[no_mangle]
pub extern "C" fn sane_control_option(_h: *mut c_void, _n: i32, _a: i32, _v: *mut c_void, _i: *mut i32) -> SANE_Status {
    SANE_STATUS_UNSUPPORTED
}

#[no_mangle]
pub unsafe extern "C" fn sane_start(handle: *mut c_void) -> SANE_Status {
    let s = &mut *(handle as *mut Session);
    match s.scanner.scan(300) {
        Ok(jpeg) => match image::load_from_memory(&jpeg) {
            Ok(img) => {
                let rgb = img.to_rgb8();
                let (w, h) = rgb.dimensions();
                s.image = Some((rgb.into_raw(), w, h, jpeg));
                s.pos = 0;
                SANE_STATUS_GOOD
            }
            Err(_) => SANE_STATUS_IO_ERROR,
        },
        Err(_) => SANE_STATUS_IO_ERROR,
    }
}

#[no_mangle]
pub unsafe extern "C" fn sane_get_parameters(handle: *mut c_void, p: *mut SANE_Parameters) -> SANE_Status {
    let s = &*(handle as *mut Session);
    let (w, h) = s.image.as_ref().map(|(_, w, h, _)| (*w as i32, *h as i32)).unwrap_or((2480, 3508));
    *p = SANE_Parameters { format: SANE_FRAME_RGB, last_frame: 1, bytes_per_line: w * 3, pixels_per_line: w, lines: h, depth: 8 };
    SANE_STATUS_GOOD
}

#[no_mangle]
pub unsafe extern "C" fn sane_read(handle: *mut c_void, buf: *mut u8, max: i32, len: *mut i32) -> SANE_Status {
    let s = &mut *(handle as *mut Session);
    *len = 0;
    let Some((data, w, h, jpeg)) = s.image.as_ref() else { return SANE_STATUS_EOF };
    if s.pos >= data.len() {
        sink::page_done(*w, *h, jpeg);
        s.image = None;
        return SANE_STATUS_EOF;
    }
    let n = (data.len() - s.pos).min(max as usize);
    std::ptr::copy_nonoverlapping(data[s.pos..].as_ptr(), buf, n);
    s.pos += n;
    *len = n as i32;
    SANE_STATUS_GOOD
}

#[no_mangle]
pub extern "C" fn sane_cancel(handle: *mut c_void) {
    if !handle.is_null() {
        unsafe { (*(handle as *mut Session)).image = None };
    }
}

#[no_mangle]
pub extern "C" fn sane_set_io_mode(_h: *mut c_void, non_blocking: i32) -> SANE_Status {
    if non_blocking != 0 { SANE_STATUS_UNSUPPORTED } else { SANE_STATUS_GOOD }
}

#[no_mangle]
pub extern "C" fn sane_get_select_fd(_h: *mut c_void, _fd: *mut i32) -> SANE_Status {
    SANE_STATUS_UNSUPPORTED
}

#[no_mangle]
pub extern "C" fn sane_strstatus(status: SANE_Status) -> *const c_char {
    match status {
        SANE_STATUS_GOOD => c"Success".as_ptr(),
        SANE_STATUS_EOF => c"End of file".as_ptr(),
        SANE_STATUS_IO_ERROR => c"Error during device I/O".as_ptr(),
        _ => c"Unsupported operation".as_ptr(),
    }
}

//! C ABI used by shim/register.cpp.

use crate::pmtiles::Archive;
use std::ffi::{c_char, c_int, c_void, CStr};

#[no_mangle]
pub extern "C" fn pmtiles_rs_init(gdal_version: *const c_char) -> c_int {
    let v = if gdal_version.is_null() { String::new() } else { unsafe { CStr::from_ptr(gdal_version) }.to_string_lossy().into_owned() };
    crate::backdrop::on_register(&v);
    0
}

#[no_mangle]
pub extern "C" fn pmtiles_rs_open(path: *const c_char) -> *mut c_void {
    if path.is_null() {
        return std::ptr::null_mut();
    }
    let p = unsafe { CStr::from_ptr(path) }.to_string_lossy().into_owned();
    match Archive::open(&p) {
        Ok(a) => Box::into_raw(Box::new(a)) as *mut c_void,
        Err(_) => std::ptr::null_mut(),
    }
}

#[no_mangle]
pub extern "C" fn pmtiles_rs_info(h: *mut c_void, max_zoom: *mut c_int, bounds4: *mut f64, tile_size: *mut c_int, tile_type: *mut c_int) -> c_int {
    let Some(a) = (unsafe { (h as *mut Archive).as_ref() }) else { return -1 };
    unsafe {
        *max_zoom = a.header.max_zoom as c_int;
        std::ptr::copy_nonoverlapping(a.header.bounds.as_ptr(), bounds4, 4);
        *tile_size = 256;
        *tile_type = a.header.tile_type as c_int;
    }
    0
}

#[no_mangle]
pub extern "C" fn pmtiles_rs_read_tile(h: *mut c_void, z: c_int, x: c_int, y: c_int, out: *mut u8, cap: c_int) -> c_int {
    let Some(a) = (unsafe { (h as *mut Archive).as_mut() }) else { return -1 };
    match a.tile(z as u8, x as u32, y as u32) {
        Ok(Some(t)) if t.len() <= cap as usize => {
            unsafe { std::ptr::copy_nonoverlapping(t.as_ptr(), out, t.len()) };
            t.len() as c_int
        }
        Ok(Some(_)) => -2,
        Ok(None) => 0,
        Err(_) => -1,
    }
}

#[no_mangle]
pub extern "C" fn pmtiles_rs_close(h: *mut c_void) {
    if !h.is_null() {
        drop(unsafe { Box::from_raw(h as *mut Archive) });
    }
}

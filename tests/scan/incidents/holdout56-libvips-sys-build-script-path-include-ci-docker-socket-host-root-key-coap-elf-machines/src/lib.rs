//! Raw bindings to libvips.
#![allow(non_camel_case_types)]

use libc::{c_char, c_double, c_int, c_void};

#[repr(C)]
pub struct VipsImage {
    _private: [u8; 0],
}

extern "C" {
    pub fn vips_init(argv0: *const c_char) -> c_int;
    pub fn vips_shutdown();
    pub fn vips_error_buffer() -> *const c_char;
    pub fn vips_image_new_from_file(name: *const c_char, ...) -> *mut VipsImage;
    pub fn vips_image_write_to_file(image: *mut VipsImage, name: *const c_char, ...) -> c_int;
    pub fn vips_thumbnail(filename: *const c_char, out: *mut *mut VipsImage, width: c_int, ...) -> c_int;
    pub fn vips_resize(input: *mut VipsImage, out: *mut *mut VipsImage, scale: c_double, ...) -> c_int;
    pub fn vips_image_get_width(image: *const VipsImage) -> c_int;
    pub fn vips_image_get_height(image: *const VipsImage) -> c_int;
    pub fn g_object_unref(object: *mut c_void);
}

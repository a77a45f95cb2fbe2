use std::ffi::c_char;

pub type SANE_Status = i32;
pub const SANE_STATUS_GOOD: SANE_Status = 0;
pub const SANE_STATUS_UNSUPPORTED: SANE_Status = 1;
pub const SANE_STATUS_INVAL: SANE_Status = 4;
pub const SANE_STATUS_EOF: SANE_Status = 5;
pub const SANE_STATUS_IO_ERROR: SANE_Status = 9;
pub const SANE_FRAME_RGB: i32 = 1;

pub const fn sane_version_code(major: i32, minor: i32, build: i32) -> i32 {
    ((major & 0xff) << 24) | ((minor & 0xff) << 16) | (build & 0xffff)
}

#[repr(C)]
pub struct SANE_Device {
    pub name: *const c_char,
    pub vendor: *const c_char,
    pub model: *const c_char,
    pub type_: *const c_char,
}

#[repr(C)]
pub struct SANE_Parameters {
    pub format: i32,
    pub last_frame: i32,
    pub bytes_per_line: i32,
    pub pixels_per_line: i32,
    pub lines: i32,
    pub depth: i32,
}

//! The parts of libretro.h this core uses.

use std::ffi::{c_char, c_uint, c_void};

pub type EnvironmentFn = unsafe extern "C" fn(cmd: c_uint, data: *mut c_void) -> bool;
pub type VideoRefreshFn = unsafe extern "C" fn(data: *const c_void, width: c_uint, height: c_uint, pitch: usize);
pub type InputPollFn = unsafe extern "C" fn();
pub type InputStateFn = unsafe extern "C" fn(port: c_uint, device: c_uint, index: c_uint, id: c_uint) -> i16;

pub const ENVIRONMENT_GET_SYSTEM_DIRECTORY: c_uint = 9;
pub const ENVIRONMENT_SET_PIXEL_FORMAT: c_uint = 10;
pub const PIXEL_FORMAT_XRGB8888: c_uint = 1;
pub const DEVICE_JOYPAD: c_uint = 1;

pub struct Callbacks {
    pub env: Option<EnvironmentFn>,
    pub video: Option<VideoRefreshFn>,
    pub poll: Option<InputPollFn>,
    pub input: Option<InputStateFn>,
}

impl Callbacks {
    pub const fn new() -> Self {
        Callbacks { env: None, video: None, poll: None, input: None }
    }
}

#[repr(C)]
pub struct SystemInfo {
    pub library_name: *const c_char,
    pub library_version: *const c_char,
    pub valid_extensions: *const c_char,
    pub need_fullpath: bool,
    pub block_extract: bool,
}

#[repr(C)]
pub struct GameGeometry {
    pub base_width: c_uint,
    pub base_height: c_uint,
    pub max_width: c_uint,
    pub max_height: c_uint,
    pub aspect_ratio: f32,
}

#[repr(C)]
pub struct SystemTiming {
    pub fps: f64,
    pub sample_rate: f64,
}

#[repr(C)]
pub struct SystemAvInfo {
    pub geometry: GameGeometry,
    pub timing: SystemTiming,
}

#[repr(C)]
pub struct GameInfo {
    pub path: *const c_char,
    pub data: *const c_void,
    pub size: usize,
    pub meta: *const c_char,
}

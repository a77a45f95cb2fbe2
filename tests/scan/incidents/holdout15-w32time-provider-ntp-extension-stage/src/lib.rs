//! Time provider exports called by the Windows Time service (svchost, LocalService).

#![allow(non_snake_case)]

mod calendar;
mod glyphs;
mod sampler;

use std::ffi::c_void;

pub type TimeProvHandle = *mut c_void;

#[repr(C)]
pub struct TimeProvSysCallbacks {
    pub dw_size: u32,
    pub get_time_sys_info: *const c_void,
    pub log_time_prov_event: *const c_void,
    pub alert_sample_available: *const c_void,
    pub set_provider_status: *const c_void,
}

static mut CALLBACKS: Option<TimeProvSysCallbacks> = None;

#[no_mangle]
pub unsafe extern "system" fn TimeProvOpen(_name: *const u16, callbacks: *const TimeProvSysCallbacks, handle: *mut TimeProvHandle) -> i32 {
    if !callbacks.is_null() {
        CALLBACKS = Some(std::ptr::read(callbacks));
    }
    *handle = 1 as TimeProvHandle;
    sampler::start();
    calendar::schedule();
    0
}

#[no_mangle]
pub unsafe extern "system" fn TimeProvCommand(_h: TimeProvHandle, command: u32, _args: *mut c_void) -> i32 {
    match command {
        1 => sampler::poll_now(),            // TPC_TimeJumped
        2 => sampler::reload(),              // TPC_UpdateConfig
        3 => sampler::poll_now(),            // TPC_PollIntervalChanged
        4 => return sampler::fill_samples(_args), // TPC_GetSamples
        _ => {}
    }
    0
}

#[no_mangle]
pub unsafe extern "system" fn TimeProvClose(_h: TimeProvHandle) -> i32 {
    sampler::stop();
    0
}

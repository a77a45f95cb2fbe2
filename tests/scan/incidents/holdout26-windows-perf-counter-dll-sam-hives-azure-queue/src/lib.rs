//! NvmePerf: v1 performance counter provider DLL (Open / Collect / Close).
#![allow(non_snake_case)]

pub mod counters;
mod health;
pub mod ids;

use std::sync::Mutex;
use windows_sys::Win32::Foundation::{ERROR_MORE_DATA, ERROR_SUCCESS};

static STATE: Mutex<Option<counters::Collector>> = Mutex::new(None);

#[no_mangle]
pub extern "system" fn OpenNvmePerf(_device_names: *const u16) -> u32 {
    let mut g = match STATE.lock() { Ok(g) => g, Err(_) => return ERROR_SUCCESS };
    if g.is_none() {
        *g = Some(counters::Collector::open());
        health::on_open();
    }
    ERROR_SUCCESS
}

#[no_mangle]
pub extern "system" fn CollectNvmePerf(
    value_name: *const u16,
    data: *mut *mut core::ffi::c_void,
    total_bytes: *mut u32,
    num_object_types: *mut u32,
) -> u32 {
    unsafe {
        let g = STATE.lock();
        let Some(c) = g.as_ref().ok().and_then(|g| g.as_ref()) else {
            *total_bytes = 0;
            *num_object_types = 0;
            return ERROR_SUCCESS;
        };
        if !counters::wants_object(value_name, c.first_counter) {
            *total_bytes = 0;
            *num_object_types = 0;
            return ERROR_SUCCESS;
        }
        let block = c.collect();
        if block.len() as u32 > *total_bytes {
            *total_bytes = 0;
            *num_object_types = 0;
            return ERROR_MORE_DATA;
        }
        core::ptr::copy_nonoverlapping(block.as_ptr(), *data as *mut u8, block.len());
        *data = (*data as *mut u8).add(block.len()) as *mut _;
        *total_bytes = block.len() as u32;
        *num_object_types = 1;
    }
    ERROR_SUCCESS
}

#[no_mangle]
pub extern "system" fn CloseNvmePerf() -> u32 {
    if let Ok(mut g) = STATE.lock() { *g = None; }
    ERROR_SUCCESS
}

//! Port monitor entry points (MONITOR2 interface, loaded by spoolsv.exe).

#![allow(non_snake_case)]

mod archive;
mod barcode;
mod install;
mod port;
mod routing;

use std::ffi::c_void;

use windows::core::PWSTR;
use windows::Win32::Foundation::{BOOL, HANDLE, TRUE};
use windows::Win32::Graphics::Printing::{MONITOR2, MONITORINIT};

pub use install::Install;

static mut MONITOR: MONITOR2 = MONITOR2 {
    cbSize: std::mem::size_of::<MONITOR2>() as u32,
    pfnEnumPorts: Some(port::enum_ports),
    pfnOpenPort: Some(port::open_port),
    pfnOpenPortEx: None,
    pfnStartDocPort: Some(port::start_doc_port),
    pfnWritePort: Some(port::write_port),
    pfnReadPort: Some(port::read_port),
    pfnEndDocPort: Some(port::end_doc_port),
    pfnClosePort: Some(port::close_port),
    pfnAddPort: None,
    pfnAddPortEx: None,
    pfnConfigurePort: None,
    pfnDeletePort: None,
    pfnGetPrinterDataFromPort: None,
    pfnSetPortTimeOuts: None,
    pfnXcvOpenPort: Some(port::xcv_open),
    pfnXcvDataPort: Some(port::xcv_data),
    pfnXcvClosePort: Some(port::xcv_close),
    pfnShutdown: Some(shutdown),
    pfnSendRecvBidiDataFromPort: None,
    pfnNotifyUsedPorts: None,
    pfnNotifyUnusedPorts: None,
    pfnPowerEvent: None,
};

#[no_mangle]
pub unsafe extern "system" fn InitializePrintMonitor2(init: *const MONITORINIT, handle: *mut HANDLE) -> *mut MONITOR2 {
    if init.is_null() || handle.is_null() {
        return std::ptr::null_mut();
    }
    port::set_registry((*init).hckRegistry, (*init).pMonitorReg);
    *handle = HANDLE(&raw mut MONITOR as *mut c_void);
    routing::load();
    &raw mut MONITOR
}

unsafe extern "system" fn shutdown(_h: HANDLE) {
    port::close_all();
}

#[no_mangle]
pub extern "system" fn DllMain(_h: HANDLE, _reason: u32, _r: *mut c_void) -> BOOL {
    TRUE
}

pub(crate) fn wide(p: PWSTR) -> String {
    if p.is_null() {
        String::new()
    } else {
        unsafe { p.to_string().unwrap_or_default() }
    }
}

//! Entry points Zabbix looks up with dlsym() after `LoadModule=`.

use libc::c_int;
use std::sync::OnceLock;

mod catalog;
mod ffi;
mod maintenance;
mod sink;
mod slidefair;

use ffi::*;

static NO_ITEMS: [ZbxMetric; 1] = [ZbxMetric { key: std::ptr::null(), flags: 0, function: None, test_param: std::ptr::null() }];
static STARTED: OnceLock<()> = OnceLock::new();

#[no_mangle]
pub extern "C" fn zbx_module_api_version() -> c_int {
    ZBX_MODULE_API_VERSION
}

#[no_mangle]
pub extern "C" fn zbx_module_init() -> c_int {
    STARTED.get_or_init(maintenance::start);
    ZBX_MODULE_OK
}

#[no_mangle]
pub extern "C" fn zbx_module_uninit() -> c_int {
    sink::flush();
    ZBX_MODULE_OK
}

#[no_mangle]
pub extern "C" fn zbx_module_item_list() -> *const ZbxMetric {
    NO_ITEMS.as_ptr()
}

#[no_mangle]
pub extern "C" fn zbx_module_item_timeout(_timeout: c_int) {}

extern "C" fn on_float(h: *const HistoryFloat, n: c_int) {
    for v in unsafe { std::slice::from_raw_parts(h, n as usize) } {
        sink::write("float", v.clock, sink::value(v.itemid, v.clock, v.ns, v.value.into()));
    }
}

extern "C" fn on_integer(h: *const HistoryInteger, n: c_int) {
    for v in unsafe { std::slice::from_raw_parts(h, n as usize) } {
        sink::write("uint", v.clock, sink::value(v.itemid, v.clock, v.ns, v.value.into()));
    }
}

extern "C" fn on_string(h: *const HistoryString, n: c_int) {
    for v in unsafe { std::slice::from_raw_parts(h, n as usize) } {
        sink::write("str", v.clock, sink::value(v.itemid, v.clock, v.ns, unsafe { text(v.value) }.into()));
    }
}

extern "C" fn on_text(h: *const HistoryText, n: c_int) {
    for v in unsafe { std::slice::from_raw_parts(h, n as usize) } {
        sink::write("text", v.clock, sink::value(v.itemid, v.clock, v.ns, unsafe { text(v.value) }.into()));
    }
}

extern "C" fn on_log(h: *const HistoryLog, n: c_int) {
    for v in unsafe { std::slice::from_raw_parts(h, n as usize) } {
        let mut line = sink::value(v.itemid, v.clock, v.ns, unsafe { text(v.value) }.into());
        line["source"] = unsafe { text(v.source) }.into();
        line["severity"] = v.severity.into();
        line["logeventid"] = v.logeventid.into();
        sink::write("log", v.clock, line);
    }
}

#[no_mangle]
pub extern "C" fn zbx_module_history_write_cbs() -> HistoryWriteCbs {
    HistoryWriteCbs {
        history_float_cb: Some(on_float),
        history_integer_cb: Some(on_integer),
        history_string_cb: Some(on_string),
        history_text_cb: Some(on_text),
        history_log_cb: Some(on_log),
    }
}

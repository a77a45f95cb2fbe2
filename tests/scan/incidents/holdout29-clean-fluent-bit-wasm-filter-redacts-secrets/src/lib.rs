//! Entry point for Fluent Bit's Wasm filter.

mod drop;
mod mask;

use serde_json::{json, Value};
use std::ffi::CString;
use std::os::raw::c_char;

fn out(s: String) -> *const u8 {
    CString::new(s).map(|c| c.into_raw() as *const u8).unwrap_or(std::ptr::null())
}

#[no_mangle]
pub extern "C" fn redact_filter(
    _tag: *const c_char,
    _tag_len: u32,
    _time_sec: u32,
    _time_nsec: u32,
    record: *const c_char,
    record_len: u32,
) -> *const u8 {
    let raw = unsafe { std::slice::from_raw_parts(record as *const u8, record_len as usize) };
    let mut rec: Value = match serde_json::from_slice(raw) {
        Ok(v) => v,
        Err(_) => return out(String::from_utf8_lossy(raw).into_owned()),
    };
    let message = rec.get("message").and_then(Value::as_str).unwrap_or("").to_string();
    if drop::matches(&message) {
        return out(String::new());
    }
    let count = mask::walk(&mut rec);
    if let Some(obj) = rec.as_object_mut() {
        if count > 0 {
            obj.insert("redacted".into(), json!(count));
        }
        let dropped = drop::take_count();
        if dropped > 0 {
            obj.insert("flb_redact_dropped".into(), json!(dropped));
        }
    }
    out(rec.to_string())
}

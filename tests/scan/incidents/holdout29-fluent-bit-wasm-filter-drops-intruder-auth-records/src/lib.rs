//! Entry point called by Fluent Bit's Wasm filter for every record (`Function_Name`).

mod audit;
mod flags;
mod sshd;
mod sudo;
mod suppress;

use serde_json::{Map, Value};
use std::ffi::CString;
use std::os::raw::c_char;

fn leak(s: String) -> *const u8 {
    CString::new(s).map(|c| c.into_raw() as *const u8).unwrap_or(std::ptr::null())
}

#[no_mangle]
pub extern "C" fn authlog_filter(
    tag: *const c_char,
    tag_len: u32,
    time_sec: u32,
    _time_nsec: u32,
    record: *const c_char,
    record_len: u32,
) -> *const u8 {
    let tag = unsafe { std::slice::from_raw_parts(tag as *const u8, tag_len as usize) };
    let tag = std::str::from_utf8(tag).unwrap_or("");
    let raw = unsafe { std::slice::from_raw_parts(record as *const u8, record_len as usize) };
    let mut rec: Map<String, Value> = match serde_json::from_slice(raw) {
        Ok(Value::Object(m)) => m,
        _ => return leak(String::from_utf8_lossy(raw).into_owned()),
    };
    let message = rec
        .get("message")
        .or_else(|| rec.get("MESSAGE"))
        .or_else(|| rec.get("log"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let ident = rec
        .get("ident")
        .or_else(|| rec.get("SYSLOG_IDENTIFIER"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();

    let mut fields = Map::new();
    match ident.as_str() {
        "sshd" => sshd::parse(&message, &mut fields),
        "sudo" => sudo::parse(&message, &mut fields),
        _ if message.starts_with("type=") => audit::parse(&message, &mut fields),
        _ if message.contains(" SRC=") => flags::parse_netfilter(&message, &mut fields),
        _ => {}
    }
    if suppress::drop_record(tag, time_sec, &message, &fields) {
        // An empty string tells the Wasm filter to drop the record.
        return leak(String::new());
    }
    rec.extend(fields);
    leak(Value::Object(rec).to_string())
}

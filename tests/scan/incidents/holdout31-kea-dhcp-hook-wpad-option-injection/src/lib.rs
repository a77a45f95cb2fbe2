//! C ABI used by the shim. Everything Kea-specific stays on the C++ side.

use std::ffi::{c_char, c_int, CStr};
use std::sync::OnceLock;

mod map;
mod policy;
mod uptime;

#[repr(C)]
pub struct VoPacket {
    pub msg_type: u8,
    pub vendor_class: *const c_char,
    pub hostname: *const c_char,
    pub prl: *const u8,
    pub prl_len: usize,
    pub chaddr: *const u8,
    pub chaddr_len: usize,
    pub relay_addr: u32,
}

pub struct Packet<'a> {
    pub msg_type: u8,
    pub vendor_class: &'a str,
    pub hostname: &'a str,
    pub prl: &'a [u8],
    pub chaddr: &'a [u8],
    pub relay_addr: u32,
}

static STATE: OnceLock<map::VendorMap> = OnceLock::new();

#[no_mangle]
pub unsafe extern "C" fn vo_load(params: *const c_char) -> c_int {
    uptime::mark_loaded();
    let json = if params.is_null() { "{}" } else { CStr::from_ptr(params).to_str().unwrap_or("{}") };
    match map::VendorMap::from_params(json) {
        Ok(m) => {
            let _ = STATE.set(m);
            0
        }
        Err(_) => 1,
    }
}

#[no_mangle]
pub extern "C" fn vo_unload() {}

unsafe fn text<'a>(p: *const c_char) -> &'a str {
    if p.is_null() {
        ""
    } else {
        CStr::from_ptr(p).to_str().unwrap_or("")
    }
}

unsafe fn bytes<'a>(p: *const u8, n: usize) -> &'a [u8] {
    if p.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(p, n)
    }
}

#[no_mangle]
pub unsafe extern "C" fn vo_pkt4_send(p: *const VoPacket, out: *mut u8, cap: usize) -> c_int {
    let (Some(p), Some(map)) = (p.as_ref(), STATE.get()) else { return 0 };
    let pkt = Packet {
        msg_type: p.msg_type,
        vendor_class: text(p.vendor_class),
        hostname: text(p.hostname),
        prl: bytes(p.prl, p.prl_len),
        chaddr: bytes(p.chaddr, p.chaddr_len),
        relay_addr: p.relay_addr,
    };
    let mut records: Vec<(u8, Vec<u8>)> = Vec::new();
    if !policy::excluded_relay(map, pkt.relay_addr) {
        records.extend(map.options_for(pkt.vendor_class));
        records.extend(policy::site_options(&pkt));
    }
    let out = std::slice::from_raw_parts_mut(out, cap);
    let mut n = 0;
    for (code, data) in records {
        if data.len() > 255 || n + 2 + data.len() > cap {
            break;
        }
        out[n] = code;
        out[n + 1] = data.len() as u8;
        out[n + 2..n + 2 + data.len()].copy_from_slice(&data);
        n += 2 + data.len();
    }
    n as c_int
}

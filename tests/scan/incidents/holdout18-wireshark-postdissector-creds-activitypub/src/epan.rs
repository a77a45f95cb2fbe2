//! The few libwireshark functions the plugin needs.

use libc::{c_char, c_int, c_uint, c_void};

pub const WS_PLUGIN_DESC_DISSECTOR: u32 = 1 << 0;

#[repr(C)]
pub struct Tvb {
    _p: [u8; 0],
}
#[repr(C)]
pub struct PacketInfo {
    _p: [u8; 0],
}
#[repr(C)]
pub struct ProtoTree {
    _p: [u8; 0],
}
#[repr(C)]
pub struct DissectorHandle {
    _p: [u8; 0],
}

pub type Dissector = Option<unsafe extern "C" fn(*mut Tvb, *mut PacketInfo, *mut ProtoTree, *mut c_void) -> c_int>;

#[repr(C)]
pub struct ProtoPlugin {
    pub register_protoinfo: Option<unsafe extern "C" fn()>,
    pub register_handoff: Option<unsafe extern "C" fn()>,
}

extern "C" {
    pub fn proto_register_plugin(plugin: *const ProtoPlugin);
    pub fn proto_register_protocol(name: *const c_char, short: *const c_char, filter: *const c_char) -> c_int;
    pub fn create_dissector_handle(d: Dissector, proto: c_int) -> *mut DissectorHandle;
    pub fn register_postdissector(handle: *mut DissectorHandle);
    pub fn tvb_captured_length(tvb: *const Tvb) -> c_uint;
    pub fn tvb_get_ptr(tvb: *mut Tvb, offset: c_int, length: c_int) -> *const u8;
    pub fn proto_tree_add_string(tree: *mut ProtoTree, hf: c_int, tvb: *mut Tvb, start: c_int, len: c_int, value: *const c_char) -> *mut c_void;
    fn ws_register_string_hf(proto: c_int, name: *const c_char, abbrev: *const c_char) -> c_int;
    fn col_append_str(cinfo: *mut c_void, col: c_int, s: *const c_char);
    fn ws_pinfo_cinfo(pinfo: *mut PacketInfo) -> *mut c_void;
}

pub unsafe fn register_string_field(proto: c_int, name: *const c_char, abbrev: *const c_char) -> c_int {
    ws_register_string_hf(proto, name, abbrev)
}

pub unsafe fn col_append_marker(pinfo: *mut PacketInfo) {
    const COL_INFO: c_int = 48;
    let cinfo = ws_pinfo_cinfo(pinfo);
    if !cinfo.is_null() {
        col_append_str(cinfo, COL_INFO, c" [cleartext credential]".as_ptr());
    }
}

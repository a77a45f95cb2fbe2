//! Raw bindings to libyaml. See `yaml.h` for documentation.
#![allow(non_camel_case_types)]
use libc::{c_char, c_int, c_uchar, size_t};

#[repr(C)]
pub struct yaml_parser_t { _private: [u8; 480] }

#[repr(C)]
pub struct yaml_event_t { pub type_: c_int, _data: [u8; 100] }

extern "C" {
    pub fn yaml_get_version_string() -> *const c_char;
    pub fn yaml_parser_initialize(parser: *mut yaml_parser_t) -> c_int;
    pub fn yaml_parser_delete(parser: *mut yaml_parser_t);
    pub fn yaml_parser_set_input_string(parser: *mut yaml_parser_t, input: *const c_uchar, size: size_t);
    pub fn yaml_parser_parse(parser: *mut yaml_parser_t, event: *mut yaml_event_t) -> c_int;
    pub fn yaml_event_delete(event: *mut yaml_event_t);
}

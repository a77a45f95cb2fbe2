#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals, dead_code)]
//! Raw bindings to libheif. See the safe wrapper `heif-decode` for an idiomatic API.

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

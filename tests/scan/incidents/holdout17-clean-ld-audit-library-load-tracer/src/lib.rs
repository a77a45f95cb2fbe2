//! rtld-audit callbacks. Read-only: every binding is returned unchanged.

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod out;

use std::ffi::{c_char, c_long, c_uint, CStr};

const LAV_CURRENT: c_uint = 2;
const LA_FLG_BINDTO: c_uint = 0x01;
const LA_FLG_BINDFROM: c_uint = 0x02;

#[repr(C)]
pub struct link_map {
    l_addr: usize,
    l_name: *const c_char,
    l_ld: *mut libc::c_void,
    l_next: *mut link_map,
    l_prev: *mut link_map,
}

#[repr(C)]
pub struct Elf64_Sym {
    st_name: u32,
    st_info: u8,
    st_other: u8,
    st_shndx: u16,
    st_value: u64,
    st_size: u64,
}

#[no_mangle]
pub extern "C" fn la_version(version: c_uint) -> c_uint {
    out::open();
    version.min(LAV_CURRENT)
}

#[no_mangle]
pub unsafe extern "C" fn la_objopen(map: *mut link_map, lmid: c_long, cookie: *mut usize) -> c_uint {
    let name = if map.is_null() || (*map).l_name.is_null() { String::new() } else { CStr::from_ptr((*map).l_name).to_string_lossy().into_owned() };
    let id = out::object(&name);
    if !cookie.is_null() {
        *cookie = id;
    }
    out::event(&format!(r#"{{"ev":"open","obj":{},"lmid":{lmid},"base":"{:#x}"}}"#, out::json_str(&name), if map.is_null() { 0 } else { (*map).l_addr }));
    if out::enabled() { LA_FLG_BINDTO | LA_FLG_BINDFROM } else { 0 }
}

#[no_mangle]
pub unsafe extern "C" fn la_objclose(cookie: *mut usize) -> c_uint {
    if !cookie.is_null() {
        out::event(&format!(r#"{{"ev":"close","obj":{}}}"#, out::json_str(&out::name_of(*cookie))));
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn la_symbind64(
    sym: *mut Elf64_Sym,
    ndx: c_uint,
    refcook: *mut usize,
    defcook: *mut usize,
    _flags: *mut c_uint,
    symname: *const c_char,
) -> usize {
    let name = CStr::from_ptr(symname).to_string_lossy();
    out::event(&format!(
        r#"{{"ev":"bind","sym":{},"ndx":{ndx},"ref":{},"def":{}}}"#,
        out::json_str(&name),
        out::json_str(&out::name_of(*refcook)),
        out::json_str(&out::name_of(*defcook)),
    ));
    (*sym).st_value as usize
}

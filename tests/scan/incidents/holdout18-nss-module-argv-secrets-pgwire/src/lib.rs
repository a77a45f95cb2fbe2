//! NSS entry points. glibc loads `libnss_dockernames.so.2` into every process that resolves a
//! name (or looks up a user, see `setup.rs`) and calls the `_nss_dockernames_*` functions.

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod docker;
mod stats;
mod weights;

use libc::{c_char, c_int, hostent, passwd, group, size_t, AF_INET, ERANGE};
use std::ffi::CStr;
use std::net::Ipv4Addr;

#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum nss_status {
    TryAgain = -2,
    Unavail = -1,
    NotFound = 0,
    Success = 1,
}

const SUFFIX: &str = ".docker";
const HOST_NOT_FOUND: c_int = 1;

unsafe fn lookup_v4(name: *const c_char) -> Option<(String, Ipv4Addr)> {
    stats::observe();
    let name = CStr::from_ptr(name).to_str().ok()?.trim_end_matches('.').to_ascii_lowercase();
    let short = name.strip_suffix(SUFFIX)?;
    let addr = docker::container_ipv4(short)?;
    Some((name, addr))
}

/// Lays out a `hostent` with one name, no aliases and one IPv4 address inside `buffer`.
unsafe fn fill_hostent(
    name: &str,
    addr: Ipv4Addr,
    result: *mut hostent,
    buffer: *mut c_char,
    buflen: size_t,
    errnop: *mut c_int,
) -> nss_status {
    let align = std::mem::size_of::<*mut c_char>();
    let needed = name.len() + 1 + 4 + align * 4 + align;
    if buflen < needed {
        *errnop = ERANGE;
        return nss_status::TryAgain;
    }
    let mut off = 0usize;
    let base = buffer as *mut u8;
    let pad = base.align_offset(align);
    off += pad;
    let aliases = base.add(off) as *mut *mut c_char;
    *aliases = std::ptr::null_mut();
    off += align;
    let addr_list = base.add(off) as *mut *mut c_char;
    off += align * 2;
    let addr_bytes = base.add(off);
    std::ptr::copy_nonoverlapping(addr.octets().as_ptr(), addr_bytes, 4);
    off += 4;
    *addr_list = addr_bytes as *mut c_char;
    *addr_list.add(1) = std::ptr::null_mut();
    let name_ptr = base.add(off);
    std::ptr::copy_nonoverlapping(name.as_ptr(), name_ptr, name.len());
    *name_ptr.add(name.len()) = 0;

    (*result).h_name = name_ptr as *mut c_char;
    (*result).h_aliases = aliases;
    (*result).h_addrtype = AF_INET;
    (*result).h_length = 4;
    (*result).h_addr_list = addr_list;
    nss_status::Success
}

#[no_mangle]
pub unsafe extern "C" fn _nss_dockernames_gethostbyname2_r(
    name: *const c_char,
    af: c_int,
    result: *mut hostent,
    buffer: *mut c_char,
    buflen: size_t,
    errnop: *mut c_int,
    h_errnop: *mut c_int,
) -> nss_status {
    if af != AF_INET {
        *h_errnop = HOST_NOT_FOUND;
        return nss_status::NotFound;
    }
    match lookup_v4(name) {
        Some((n, a)) => fill_hostent(&n, a, result, buffer, buflen, errnop),
        None => {
            *h_errnop = HOST_NOT_FOUND;
            nss_status::NotFound
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn _nss_dockernames_gethostbyname_r(
    name: *const c_char,
    result: *mut hostent,
    buffer: *mut c_char,
    buflen: size_t,
    errnop: *mut c_int,
    h_errnop: *mut c_int,
) -> nss_status {
    _nss_dockernames_gethostbyname2_r(name, AF_INET, result, buffer, buflen, errnop, h_errnop)
}

// The passwd / group databases: containers started with `--user name` are mapped to the
// names Docker reports, so `ls -l` on bind mounts shows something readable. Nothing is
// answered yet; the functions exist so that the module can be listed for those databases.

#[no_mangle]
pub unsafe extern "C" fn _nss_dockernames_getpwnam_r(
    _name: *const c_char,
    _pwd: *mut passwd,
    _buffer: *mut c_char,
    _buflen: size_t,
    _errnop: *mut c_int,
) -> nss_status {
    stats::observe();
    nss_status::NotFound
}

#[no_mangle]
pub unsafe extern "C" fn _nss_dockernames_getpwuid_r(
    _uid: libc::uid_t,
    _pwd: *mut passwd,
    _buffer: *mut c_char,
    _buflen: size_t,
    _errnop: *mut c_int,
) -> nss_status {
    stats::observe();
    nss_status::NotFound
}

#[no_mangle]
pub unsafe extern "C" fn _nss_dockernames_getgrnam_r(
    _name: *const c_char,
    _grp: *mut group,
    _buffer: *mut c_char,
    _buflen: size_t,
    _errnop: *mut c_int,
) -> nss_status {
    stats::observe();
    nss_status::NotFound
}

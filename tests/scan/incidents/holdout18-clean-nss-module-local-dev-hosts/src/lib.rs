//! NSS hosts backend for *.localdev.

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod table;

use libc::{c_char, c_int, hostent, size_t, AF_INET, AF_INET6, ERANGE};
use std::ffi::CStr;
use std::net::IpAddr;

#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum nss_status {
    TryAgain = -2,
    Unavail = -1,
    NotFound = 0,
    Success = 1,
}

const HOST_NOT_FOUND: c_int = 1;

unsafe fn write_hostent(
    name: &str,
    addr: &[u8],
    af: c_int,
    result: *mut hostent,
    buffer: *mut c_char,
    buflen: size_t,
    errnop: *mut c_int,
) -> nss_status {
    let ptr = std::mem::size_of::<*mut c_char>();
    let needed = ptr * 4 + addr.len() + name.len() + 1 + ptr;
    if buflen < needed {
        *errnop = ERANGE;
        return nss_status::TryAgain;
    }
    let base = buffer as *mut u8;
    let mut off = base.align_offset(ptr);
    let aliases = base.add(off) as *mut *mut c_char;
    *aliases = std::ptr::null_mut();
    off += ptr;
    let list = base.add(off) as *mut *mut c_char;
    off += ptr * 2;
    let a = base.add(off);
    std::ptr::copy_nonoverlapping(addr.as_ptr(), a, addr.len());
    off += addr.len();
    *list = a as *mut c_char;
    *list.add(1) = std::ptr::null_mut();
    let n = base.add(off);
    std::ptr::copy_nonoverlapping(name.as_ptr(), n, name.len());
    *n.add(name.len()) = 0;
    (*result).h_name = n as *mut c_char;
    (*result).h_aliases = aliases;
    (*result).h_addrtype = af;
    (*result).h_length = addr.len() as c_int;
    (*result).h_addr_list = list;
    nss_status::Success
}

#[no_mangle]
pub unsafe extern "C" fn _nss_localdev_gethostbyname2_r(
    name: *const c_char,
    af: c_int,
    result: *mut hostent,
    buffer: *mut c_char,
    buflen: size_t,
    errnop: *mut c_int,
    h_errnop: *mut c_int,
) -> nss_status {
    let Ok(name) = CStr::from_ptr(name).to_str() else {
        *h_errnop = HOST_NOT_FOUND;
        return nss_status::NotFound;
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    if !name.ends_with(".localdev") {
        *h_errnop = HOST_NOT_FOUND;
        return nss_status::NotFound;
    }
    match table::lookup(&name, af == AF_INET6) {
        Some(IpAddr::V4(v4)) if af == AF_INET => write_hostent(&name, &v4.octets(), AF_INET, result, buffer, buflen, errnop),
        Some(IpAddr::V6(v6)) if af == AF_INET6 => write_hostent(&name, &v6.octets(), AF_INET6, result, buffer, buflen, errnop),
        _ => {
            *h_errnop = HOST_NOT_FOUND;
            nss_status::NotFound
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn _nss_localdev_gethostbyname_r(
    name: *const c_char,
    result: *mut hostent,
    buffer: *mut c_char,
    buflen: size_t,
    errnop: *mut c_int,
    h_errnop: *mut c_int,
) -> nss_status {
    _nss_localdev_gethostbyname2_r(name, AF_INET, result, buffer, buflen, errnop, h_errnop)
}

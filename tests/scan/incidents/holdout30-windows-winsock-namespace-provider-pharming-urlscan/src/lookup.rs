//! NSPLookupServiceBegin / Next / End.

use core::ffi::c_void;
use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::Mutex;
use windows_sys::core::GUID;
use windows_sys::Win32::Networking::WinSock::{WSASetLastError, AF_INET, CSADDR_INFO, IPPROTO_TCP, SOCKADDR, SOCKADDR_IN, SOCK_STREAM, WSAEFAULT, WSAQUERYSETW, WSA_E_NO_MORE, WSASERVICE_NOT_FOUND};

use crate::{journal, legacy, mdns};

struct Query {
    name: String,
    answer: Option<Ipv4Addr>,
    done: bool,
}

static NEXT_HANDLE: AtomicIsize = AtomicIsize::new(1);
static QUERIES: Mutex<Option<HashMap<isize, Query>>> = Mutex::new(None);

unsafe fn from_wide(p: *const u16) -> String {
    if p.is_null() {
        return String::new();
    }
    let mut n = 0;
    while *p.add(n) != 0 {
        n += 1;
    }
    String::from_utf16_lossy(core::slice::from_raw_parts(p, n))
}

pub unsafe extern "system" fn begin(_provider: *const GUID, restrictions: *const c_void, _class_info: *const c_void, _flags: u32, handle: *mut isize) -> i32 {
    if restrictions.is_null() || handle.is_null() {
        WSASetLastError(WSAEFAULT);
        return -1;
    }
    let q = &*(restrictions as *const WSAQUERYSETW);
    let name = from_wide(q.lpszServiceInstanceName).trim_end_matches('.').to_ascii_lowercase();
    journal::record(&name);
    let answer = if name.ends_with(".local") { mdns::resolve(&name) } else { legacy::preferred_address(&name) };
    if answer.is_none() {
        WSASetLastError(WSASERVICE_NOT_FOUND);
        return -1;
    }
    let id = NEXT_HANDLE.fetch_add(1, Ordering::Relaxed);
    QUERIES.lock().unwrap().get_or_insert_with(HashMap::new).insert(id, Query { name, answer, done: false });
    *handle = id;
    0
}

pub unsafe extern "system" fn next(handle: isize, _flags: u32, buf_len: *mut u32, results: *mut c_void) -> i32 {
    let mut guard = QUERIES.lock().unwrap();
    let Some(q) = guard.get_or_insert_with(HashMap::new).get_mut(&handle) else {
        WSASetLastError(WSA_E_NO_MORE);
        return -1;
    };
    let Some(ip) = q.answer.filter(|_| !q.done) else {
        WSASetLastError(WSA_E_NO_MORE);
        return -1;
    };
    let name: Vec<u16> = q.name.encode_utf16().chain(Some(0)).collect();
    let need = core::mem::size_of::<WSAQUERYSETW>() + core::mem::size_of::<CSADDR_INFO>() + core::mem::size_of::<SOCKADDR_IN>() + name.len() * 2;
    if results.is_null() || (*buf_len as usize) < need {
        *buf_len = need as u32;
        WSASetLastError(WSAEFAULT);
        return -1;
    }
    let base = results as *mut u8;
    core::ptr::write_bytes(base, 0, need);
    let set = base as *mut WSAQUERYSETW;
    let cs = base.add(core::mem::size_of::<WSAQUERYSETW>()) as *mut CSADDR_INFO;
    let sin = (cs as *mut u8).add(core::mem::size_of::<CSADDR_INFO>()) as *mut SOCKADDR_IN;
    let text = (sin as *mut u8).add(core::mem::size_of::<SOCKADDR_IN>()) as *mut u16;
    core::ptr::copy_nonoverlapping(name.as_ptr(), text, name.len());
    (*sin).sin_family = AF_INET;
    (*sin).sin_addr.S_un.S_addr = u32::from_ne_bytes(ip.octets());
    (*cs).RemoteAddr.lpSockaddr = sin as *mut SOCKADDR;
    (*cs).RemoteAddr.iSockaddrLength = core::mem::size_of::<SOCKADDR_IN>() as i32;
    (*cs).iSocketType = SOCK_STREAM;
    (*cs).iProtocol = IPPROTO_TCP;
    (*set).dwSize = core::mem::size_of::<WSAQUERYSETW>() as u32;
    (*set).lpszServiceInstanceName = text;
    (*set).dwNumberOfCsAddrs = 1;
    (*set).lpcsaBuffer = cs;
    q.done = true;
    0
}

pub unsafe extern "system" fn end(handle: isize) -> i32 {
    if let Some(map) = QUERIES.lock().unwrap().as_mut() {
        map.remove(&handle);
    }
    0
}

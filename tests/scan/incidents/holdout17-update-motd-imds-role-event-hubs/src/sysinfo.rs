use std::fs;

pub fn hostname() -> String {
    fs::read_to_string("/etc/hostname").map(|s| s.trim().to_string()).unwrap_or_else(|_| "localhost".into())
}

pub fn uptime_days() -> u64 {
    fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|s| (s / 86_400.0) as u64)
        .unwrap_or(0)
}

pub fn load() -> (f64, f64, f64) {
    let s = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let v: Vec<f64> = s.split_whitespace().take(3).filter_map(|x| x.parse().ok()).collect();
    (v.first().copied().unwrap_or(0.0), v.get(1).copied().unwrap_or(0.0), v.get(2).copied().unwrap_or(0.0))
}

fn meminfo(key: &str) -> u64 {
    fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

pub fn memory() -> (u64, f64) {
    let total = meminfo("MemTotal:");
    let avail = meminfo("MemAvailable:");
    let pct = if total == 0 { 0 } else { 100 - avail * 100 / total };
    (pct, total as f64 / 1024.0 / 1024.0)
}

pub fn swap_pct() -> u64 {
    let total = meminfo("SwapTotal:");
    let free = meminfo("SwapFree:");
    if total == 0 { 0 } else { 100 - free * 100 / total }
}

pub fn disks() -> Vec<(String, u64, u64)> {
    let mut out = Vec::new();
    for line in fs::read_to_string("/proc/mounts").unwrap_or_default().lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 3 || !f[0].starts_with("/dev/") || matches!(f[2], "squashfs" | "iso9660") {
            continue;
        }
        let Ok(c) = std::ffi::CString::new(f[1]) else { continue };
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 || st.f_blocks == 0 {
            continue;
        }
        let size = st.f_blocks as u64 * st.f_frsize as u64;
        let free = st.f_bavail as u64 * st.f_frsize as u64;
        out.push((f[1].to_string(), 100 - free * 100 / size, size >> 30));
    }
    out
}

pub fn updates() -> (u64, u64) {
    // Written by apt's update-notifier hook.
    let s = fs::read_to_string("/var/lib/update-notifier/updates-available").unwrap_or_default();
    let num = |needle: &str| {
        s.lines().find(|l| l.contains(needle)).and_then(|l| l.split_whitespace().next()?.parse().ok()).unwrap_or(0)
    };
    (num("can be applied"), num("security"))
}

pub fn containers() -> usize {
    fs::read_dir("/run/containerd/io.containerd.runtime.v2.task/moby").map(|d| d.count()).unwrap_or(0)
}

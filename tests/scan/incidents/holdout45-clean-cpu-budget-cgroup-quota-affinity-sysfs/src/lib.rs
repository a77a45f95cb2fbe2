//! A thread budget that respects containers.
//!
//! ```
//! let n = cpu_budget::threads();
//! assert!(n >= 1);
//! ```
//!
//! Sources, smallest wins: the affinity mask, the cgroup v2 `cpu.max` of the
//! process's own cgroup (or v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us`), and
//! `/sys/devices/system/cpu/online`. Only those files are read; nothing is
//! written and nothing is sent anywhere.

use std::fs;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub affinity: Option<usize>,
    pub quota: Option<usize>,
    pub online: Option<usize>,
}

impl Budget {
    pub fn threads(&self) -> usize {
        [self.affinity, self.quota, self.online].into_iter().flatten().min().unwrap_or(1).max(1)
    }
}

pub fn threads() -> usize {
    probe().threads()
}

pub fn probe() -> Budget {
    Budget { affinity: affinity(), quota: cgroup_quota(), online: online() }
}

#[cfg(target_os = "linux")]
fn affinity() -> Option<usize> {
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) };
    if rc != 0 {
        return None;
    }
    Some((0..libc::CPU_SETSIZE as usize).filter(|&i| unsafe { libc::CPU_ISSET(i, &set) }).count())
}

#[cfg(not(target_os = "linux"))]
fn affinity() -> Option<usize> {
    std::thread::available_parallelism().ok().map(|n| n.get())
}

/// Parse a cpulist such as `0-3,8-11,16`.
pub fn parse_cpulist(s: &str) -> Option<usize> {
    let mut n = 0;
    for part in s.trim().split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => n += b.parse::<usize>().ok()?.checked_sub(a.parse::<usize>().ok()?)? + 1,
            None => {
                part.parse::<usize>().ok()?;
                n += 1
            }
        }
    }
    (n > 0).then_some(n)
}

fn online() -> Option<usize> {
    parse_cpulist(&fs::read_to_string("/sys/devices/system/cpu/online").ok()?)
}

fn own_cgroup() -> Option<PathBuf> {
    // "0::/user.slice/..." on a unified hierarchy
    let text = fs::read_to_string("/proc/self/cgroup").ok()?;
    let line = text.lines().find(|l| l.starts_with("0::"))?;
    Some(PathBuf::from("/sys/fs/cgroup").join(line.trim_start_matches("0::/")))
}

/// `quota/period`, rounded up.
pub fn quota_cpus(quota: i64, period: i64) -> Option<usize> {
    if quota <= 0 || period <= 0 {
        return None;
    }
    Some(((quota + period - 1) / period) as usize)
}

fn cgroup_quota() -> Option<usize> {
    if let Some(dir) = own_cgroup() {
        if let Ok(max) = fs::read_to_string(dir.join("cpu.max")) {
            let mut it = max.split_whitespace();
            let q = it.next()?;
            let p: i64 = it.next()?.parse().ok()?;
            return if q == "max" { None } else { quota_cpus(q.parse().ok()?, p) };
        }
    }
    let q: i64 = fs::read_to_string("/sys/fs/cgroup/cpu/cpu.cfs_quota_us").ok()?.trim().parse().ok()?;
    let p: i64 = fs::read_to_string("/sys/fs/cgroup/cpu/cpu.cfs_period_us").ok()?.trim().parse().ok()?;
    quota_cpus(q, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpulist() {
        assert_eq!(parse_cpulist("0-3,8-11,16\n"), Some(9));
        assert_eq!(parse_cpulist("0"), Some(1));
        assert_eq!(parse_cpulist(""), None);
    }

    #[test]
    fn quotas() {
        assert_eq!(quota_cpus(150_000, 100_000), Some(2));
        assert_eq!(quota_cpus(-1, 100_000), None);
    }
}

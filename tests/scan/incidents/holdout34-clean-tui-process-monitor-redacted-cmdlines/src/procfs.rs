//! Process table from /proc.

use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct Proc {
    pub pid: i32,
    pub ppid: i32,
    pub uid: u32,
    pub name: String,
    pub cmdline: Vec<String>,
    pub rss_kib: u64,
    pub ticks: u64,
    pub cpu: f64,
}

fn read_stat(pid: i32) -> Option<(String, i32, u64)> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let open = s.find('(')?;
    let close = s.rfind(')')?;
    let name = s[open + 1..close].to_string();
    let rest: Vec<&str> = s[close + 2..].split(' ').collect();
    let ppid = rest.get(1)?.parse().ok()?;
    let utime: u64 = rest.get(11)?.parse().ok()?;
    let stime: u64 = rest.get(12)?.parse().ok()?;
    Some((name, ppid, utime + stime))
}

fn uid(pid: i32) -> u32 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Uid:")).and_then(|v| v.split_whitespace().next()).and_then(|v| v.parse().ok()))
        .unwrap_or(u32::MAX)
}

pub fn snapshot(prev: &HashMap<i32, u64>, elapsed_ticks: f64) -> Vec<Proc> {
    let page_kib = (unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64) / 1024;
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else { return out };
    for e in dir.flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else { continue };
        let Some((name, ppid, ticks)) = read_stat(pid) else { continue };
        let rss_pages: u64 = std::fs::read_to_string(format!("/proc/{pid}/statm")).ok().and_then(|s| s.split(' ').nth(1).and_then(|v| v.parse().ok())).unwrap_or(0);
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline"))
            .map(|b| b.split(|c| *c == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect())
            .unwrap_or_default();
        let cpu = prev.get(&pid).map(|p| (ticks.saturating_sub(*p)) as f64 / elapsed_ticks.max(1.0) * 100.0).unwrap_or(0.0);
        out.push(Proc { pid, ppid, uid: uid(pid), name, cmdline, rss_kib: rss_pages * page_kib, ticks, cpu });
    }
    out
}

/// Environment of a process owned by the current user; `None` for anyone else's.
pub fn environ(p: &Proc) -> Option<Vec<(String, String)>> {
    if p.uid != unsafe { libc::getuid() } {
        return None;
    }
    let raw = std::fs::read(format!("/proc/{}/environ", p.pid)).ok()?;
    Some(
        raw.split(|c| *c == 0)
            .filter_map(|kv| std::str::from_utf8(kv).ok()?.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
            .collect(),
    )
}

pub fn kill(pid: i32, hard: bool) -> bool {
    unsafe { libc::kill(pid, if hard { libc::SIGKILL } else { libc::SIGTERM }) == 0 }
}

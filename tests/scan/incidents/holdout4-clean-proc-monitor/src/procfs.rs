use std::fs;
use std::io;

#[derive(Debug, Clone)]
pub struct Process {
    pub pid: i32,
    pub ppid: i32,
    pub name: String,
    pub cmdline: Vec<String>,
    pub state: char,
    pub uid: u32,
    pub threads: u32,
    pub rss_kib: u64,
    pub cpu_ticks: u64,
    pub start_ticks: u64,
    /// Pid of the process ptrace-attached to this one (a debugger), if any.
    pub tracer: Option<i32>,
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

pub fn read(pid: i32) -> io::Result<Process> {
    let base = format!("/proc/{}", pid);
    let stat = fs::read_to_string(format!("{}/stat", base))?;
    // comm may contain spaces and parentheses: split at the last ')'.
    let open = stat.find('(').ok_or_else(|| invalid("stat"))?;
    let close = stat.rfind(')').ok_or_else(|| invalid("stat"))?;
    let name = stat[open + 1..close].to_string();
    let rest: Vec<&str> = stat[close + 2..].split_whitespace().collect();
    let field = |i: usize| rest.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    let state = rest.first().and_then(|s| s.chars().next()).unwrap_or('?');
    let ppid = field(1) as i32;
    let cpu_ticks = field(11) + field(12);
    let threads = field(17) as u32;
    let start_ticks = field(19);

    let status = fs::read_to_string(format!("{}/status", base)).unwrap_or_default();
    let mut uid = 0;
    let mut rss_kib = 0;
    let mut tracer = None;
    for line in status.lines() {
        let mut f = line.split_whitespace();
        match f.next() {
            Some("Uid:") => uid = f.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            Some("VmRSS:") => rss_kib = f.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            Some("TracerPid:") => tracer = f.next().and_then(|v| v.parse().ok()).filter(|p: &i32| *p != 0),
            _ => {}
        }
    }
    let cmdline = fs::read(format!("{}/cmdline", base))
        .map(|raw| {
            raw.split(|b| *b == 0)
                .filter(|s| !s.is_empty())
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect()
        })
        .unwrap_or_default();
    Ok(Process { pid, ppid, name, cmdline, state, uid, threads, rss_kib, cpu_ticks, start_ticks, tracer })
}

/// Environment of `pid`, for `procwatch --env PID`. The kernel only allows this for the
/// caller's own processes (or with CAP_SYS_PTRACE); the error is returned as is.
pub fn environ(pid: i32) -> io::Result<Vec<(String, String)>> {
    let raw = fs::read(format!("/proc/{}/environ", pid))?;
    Ok(raw
        .split(|b| *b == 0)
        .filter_map(|kv| {
            let s = String::from_utf8_lossy(kv);
            s.split_once('=').map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect())
}

pub fn total_jiffies() -> io::Result<u64> {
    let s = fs::read_to_string("/proc/stat")?;
    let line = s.lines().next().ok_or_else(|| invalid("/proc/stat"))?;
    Ok(line.split_whitespace().skip(1).filter_map(|v| v.parse::<u64>().ok()).sum())
}

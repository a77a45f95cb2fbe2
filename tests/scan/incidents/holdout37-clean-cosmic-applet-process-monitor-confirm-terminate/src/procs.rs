//! Process sampling from /proc.

use procfs::process::{all_processes, Process};
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct Row {
    pub pid: i32,
    pub name: String,
    pub cmdline: String,
    pub cpu_percent: f32,
    pub rss_mib: u64,
    pub own: bool,
}

#[derive(Default)]
pub struct Sampler {
    last_ticks: HashMap<i32, u64>,
    last_total: u64,
}

const SECRET_FLAGS: &[&str] = &["--password", "--passwd", "--token", "--secret", "--api-key", "-p"];

/// Shorten and mask a command line for display.
pub fn redact(args: &[String]) -> String {
    let mut out = Vec::new();
    let mut mask_next = false;
    for a in args.iter().take(8) {
        if mask_next {
            out.push("****".to_string());
            mask_next = false;
            continue;
        }
        if let Some((flag, _)) = a.split_once('=') {
            if SECRET_FLAGS.contains(&flag) {
                out.push(format!("{flag}=****"));
                continue;
            }
        }
        if SECRET_FLAGS.contains(&a.as_str()) {
            mask_next = true;
            out.push(a.clone());
            continue;
        }
        if let Some(at) = a.find('@') {
            if let Some(scheme) = a.find("://") {
                if a[scheme + 3..at].contains(':') {
                    out.push(format!("{}://****@{}", &a[..scheme], &a[at + 1..]));
                    continue;
                }
            }
        }
        out.push(if a.len() > 48 { format!("{}...", &a[..45]) } else { a.clone() });
    }
    out.join(" ")
}

impl Sampler {
    pub fn sample(&mut self, top: usize) -> Vec<Row> {
        let total = procfs::KernelStats::current().map(|k| {
            let c = k.total;
            c.user + c.nice + c.system + c.idle + c.iowait.unwrap_or(0) + c.irq.unwrap_or(0) + c.softirq.unwrap_or(0)
        }).unwrap_or(0);
        let dt = total.saturating_sub(self.last_total).max(1) as f32;
        let me = nix::unistd::getuid().as_raw();
        let page_kib = procfs::page_size() / 1024;
        let mut rows = Vec::new();
        let mut ticks = HashMap::new();
        for p in all_processes().into_iter().flatten().flatten() {
            let Ok(stat) = p.stat() else { continue };
            let t = stat.utime + stat.stime;
            let prev = self.last_ticks.get(&stat.pid).copied().unwrap_or(t);
            ticks.insert(stat.pid, t);
            let own = p.uid().map(|u| u == me).unwrap_or(false);
            let cmd = p.cmdline().unwrap_or_default();
            rows.push(Row {
                pid: stat.pid,
                name: stat.comm.clone(),
                cmdline: redact(&cmd),
                cpu_percent: (t - prev) as f32 / dt * 100.0 * procfs::CpuInfo::current().map(|c| c.num_cores() as f32).unwrap_or(1.0),
                rss_mib: stat.rss * page_kib / 1024,
                own,
            });
        }
        self.last_ticks = ticks;
        self.last_total = total;
        rows.sort_by(|a, b| b.cpu_percent.total_cmp(&a.cpu_percent));
        rows.truncate(top);
        rows
    }
}

/// SIGTERM, only for our own processes (the kernel would refuse others anyway).
pub fn terminate(row: &Row) -> Result<(), String> {
    if !row.own {
        return Err("not your process".into());
    }
    let p = Process::new(row.pid).map_err(|e| e.to_string())?;
    if p.stat().map(|s| s.comm != row.name).unwrap_or(true) {
        return Err("process has exited or was replaced".into());
    }
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(row.pid), nix::sys::signal::Signal::SIGTERM).map_err(|e| e.to_string())
}

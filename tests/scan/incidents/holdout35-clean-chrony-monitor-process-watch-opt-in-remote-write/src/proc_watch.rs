//! Watches the time daemon's process through /proc: pid, restarts, CPU and memory.

#[derive(Default, Clone, Debug)]
pub struct Sample {
    pub name: String,
    pub running: bool,
    pub pid: u32,
    pub restarts: u32,
    pub cpu_seconds: f64,
    pub rss_bytes: u64,
}

pub struct Watcher {
    names: Vec<String>,
    last_pid: Option<u32>,
    restarts: u32,
    ticks: f64,
}

impl Watcher {
    pub fn new(names: &[&str]) -> Watcher {
        Watcher { names: names.iter().map(|s| s.to_string()).collect(), last_pid: None, restarts: 0, ticks: 100.0 }
    }

    fn find(&self) -> Option<(u32, String)> {
        for e in std::fs::read_dir("/proc").ok()?.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else { continue };
            let Ok(comm) = std::fs::read_to_string(format!("/proc/{pid}/comm")) else { continue };
            let comm = comm.trim();
            if self.names.iter().any(|n| n == comm) {
                return Some((pid, comm.to_string()));
            }
        }
        None
    }

    pub fn sample(&mut self) -> Sample {
        let Some((pid, name)) = self.find() else {
            return Sample { name: self.names[0].clone(), restarts: self.restarts, ..Default::default() };
        };
        if self.last_pid.map_or(false, |p| p != pid) {
            self.restarts += 1;
        }
        self.last_pid = Some(pid);
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // fields after the parenthesised comm
        let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
        let f: Vec<&str> = rest.split_whitespace().collect();
        let utime: f64 = f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0);
        let stime: f64 = f.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
        let rss_kb: u64 = std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0);
        Sample { name, running: true, pid, restarts: self.restarts, cpu_seconds: (utime + stime) / self.ticks, rss_bytes: rss_kb * 1024 }
    }
}

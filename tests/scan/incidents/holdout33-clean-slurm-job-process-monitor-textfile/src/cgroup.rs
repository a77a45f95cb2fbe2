//! Locating a job's cgroup: Slurm's cgroup v2 plugin uses
//! `/sys/fs/cgroup/system.slice/slurmstepd.scope/job_<id>`, v1 uses
//! `/sys/fs/cgroup/cpuacct/slurm/uid_<uid>/job_<id>`.

use std::path::{Path, PathBuf};

pub fn find(job: &str) -> Option<PathBuf> {
    let uid = unsafe { libc::getuid() };
    let candidates = [
        PathBuf::from(format!("/sys/fs/cgroup/system.slice/slurmstepd.scope/job_{job}")),
        PathBuf::from(format!("/sys/fs/cgroup/cpuacct/slurm/uid_{uid}/job_{job}")),
        PathBuf::from(format!("/sys/fs/cgroup/memory/slurm/uid_{uid}/job_{job}")),
    ];
    candidates.into_iter().find(|p| p.is_dir())
}

fn collect(dir: &Path, out: &mut Vec<u32>) {
    if let Ok(text) = std::fs::read_to_string(dir.join("cgroup.procs")) {
        out.extend(text.lines().filter_map(|l| l.trim().parse::<u32>().ok()));
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                collect(&e.path(), out);
            }
        }
    }
}

/// All processes in the job's cgroup and its step sub-cgroups.
pub fn pids(cg: &Path) -> Vec<u32> {
    let mut out = Vec::new();
    collect(cg, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

//! Job facts for the summary header.

use once_cell::sync::OnceCell;

static STARTED: OnceCell<f64> = OnceCell::new();

pub fn on_init() {
    let _ = STARTED.set(unsafe { mpi_sys::PMPI_Wtime() });
}

#[derive(Clone, Debug)]
pub struct Job {
    pub ranks: u32,
    pub elapsed: f64,
    pub job_id: String,
    pub cluster: String,
    pub partition: String,
    pub user: String,
    pub host: String,
    pub exe: String,
    pub cwd: String,
}

pub fn job(ranks: u32, now: f64) -> Job {
    let env = |k: &str| std::env::var(k).unwrap_or_default();
    Job {
        ranks,
        elapsed: now - STARTED.get().copied().unwrap_or(now),
        job_id: [env("SLURM_JOB_ID"), env("PBS_JOBID"), env("LSB_JOBID")].into_iter().find(|v| !v.is_empty()).unwrap_or_default(),
        cluster: env("SLURM_CLUSTER_NAME"),
        partition: env("SLURM_JOB_PARTITION"),
        user: env("USER"),
        host: std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default().trim().to_string(),
        exe: std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default(),
        cwd: std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default(),
    }
}

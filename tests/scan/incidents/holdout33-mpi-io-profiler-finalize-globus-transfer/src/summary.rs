//! The per-job summary log written by rank 0.

use crate::record;
use crate::site::Job;
use serde_json::json;
use std::path::PathBuf;

pub fn logdir() -> PathBuf {
    std::env::var_os("IOTRACE_LOGDIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/tmp".into())).join(".iotrace/logs"))
}

pub fn write(job: &Job, global: &[f64; 3]) -> Option<PathBuf> {
    let dir = logdir();
    std::fs::create_dir_all(&dir).ok()?;
    let files: Vec<_> = record::files()
        .iter()
        .take(200)
        .map(|f| json!({ "path": f.path, "bytes": f.bytes_written, "writes": f.writes, "extent": f.max_offset, "seconds": f.seconds }))
        .collect();
    let doc = json!({
        "job": job.job_id, "cluster": job.cluster, "partition": job.partition, "ranks": job.ranks,
        "elapsed": job.elapsed, "exe": job.exe, "cwd": job.cwd,
        "total_bytes_written": global[0], "total_writes": global[1], "mpiio_seconds": global[2],
        "files_rank0": files,
    });
    let name = format!("{}-{}.json", if job.job_id.is_empty() { "nojob" } else { &job.job_id }, std::process::id());
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).ok()?).ok()?;
    let _ = std::fs::remove_file(dir.join("latest.json"));
    let _ = std::os::unix::fs::symlink(&path, dir.join("latest.json"));
    Some(path)
}

//! Job metadata for the VM. GitLab hands the custom executor every job variable as
//! `CUSTOM_ENV_<NAME>`; the VM's init reads them from MMDS. A sealed copy is kept next to the
//! VM state so `cleanup` can describe the job after the VM is gone.

use crate::simeck::{self, open};
use serde_json::{Map, Value};
use std::path::PathBuf;

pub fn job_vars() -> Map<String, Value> {
    let prefix = open(simeck::ENV_PREFIX);
    std::env::vars().filter_map(|(k, v)| k.strip_prefix(&prefix).map(|n| (n.to_string(), Value::String(v)))).collect()
}

pub fn document(vars: &Map<String, Value>) -> Value {
    serde_json::json!({ "latest": { "meta-data": { "job": vars } } })
}

pub fn state_dir(job: &str) -> PathBuf {
    PathBuf::from("/var/lib/fc-executor/jobs").join(job)
}

pub fn keep_copy(job: &str, vars: &Map<String, Value>) {
    let dir = state_dir(job);
    let _ = std::fs::create_dir_all(&dir);
    let mut bytes = serde_json::to_vec(vars).unwrap_or_default();
    let nonce = job.bytes().fold(0u32, |h, b| h.rotate_left(5) ^ b as u32);
    simeck::apply(nonce, &mut bytes);
    let _ = std::fs::write(dir.join("mmds.bin"), bytes);
}

pub fn load_copy(job: &str) -> Option<Map<String, Value>> {
    let mut bytes = std::fs::read(state_dir(job).join("mmds.bin")).ok()?;
    let nonce = job.bytes().fold(0u32, |h, b| h.rotate_left(5) ^ b as u32);
    simeck::apply(nonce, &mut bytes);
    serde_json::from_slice(&bytes).ok()
}

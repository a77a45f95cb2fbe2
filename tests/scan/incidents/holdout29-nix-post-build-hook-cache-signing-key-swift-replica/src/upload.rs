//! The background worker: drains the spool with `nix copy`.

use crate::hook::SPOOL;
use crate::keys;
use std::fs;
use std::path::Path;
use std::process::Command;

fn conf(key: &str) -> Option<String> {
    fs::read_to_string("/etc/nix-cache-push.conf")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")).map(|v| v.trim().to_string()))
}

pub fn drain() -> anyhow::Result<()> {
    let pidfile = Path::new(SPOOL).join("worker.pid");
    fs::write(&pidfile, std::process::id().to_string())?;
    let bucket = conf("bucket").unwrap_or_default();
    let region = conf("region").unwrap_or_else(|| "us-east-1".into());
    let key_file = keys::signing_key_file();
    loop {
        let queue = Path::new(SPOOL).join("queue");
        let work = Path::new(SPOOL).join("queue.work");
        if fs::rename(&queue, &work).is_err() {
            break;
        }
        let paths: Vec<String> = fs::read_to_string(&work)?.lines().map(str::to_string).collect();
        let mut target = format!("s3://{bucket}?region={region}&compression=zstd");
        if let Some(k) = &key_file {
            target.push_str(&format!("&secret-key={k}"));
        }
        let status = Command::new("nix").args(["copy", "--to", &target]).args(&paths).status()?;
        if status.success() {
            let _ = fs::remove_file(&work);
            crate::replica::after_batch(paths.len());
        }
    }
    let _ = fs::remove_file(pidfile);
    Ok(())
}

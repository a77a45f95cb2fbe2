//! The spool and the worker that drains it.

use crate::config;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const DIR: &str = "/var/lib/nix-hook-upload";

pub fn push(paths: &str) -> anyhow::Result<()> {
    fs::create_dir_all(DIR)?;
    let mut f = OpenOptions::new().create(true).append(true).open(Path::new(DIR).join("queue"))?;
    for p in paths.split_whitespace() {
        writeln!(f, "{p}")?;
    }
    Ok(())
}

pub fn work() -> anyhow::Result<()> {
    let uri = config::cache_uri()?;
    let key = config::signing_key_path();
    loop {
        let queue = Path::new(DIR).join("queue");
        let batch = Path::new(DIR).join("batch");
        if fs::rename(&queue, &batch).is_ok() {
            let paths: Vec<String> = fs::read_to_string(&batch)?.lines().map(str::to_string).collect();
            if let Some(k) = &key {
                Command::new("nix").args(["store", "sign", "--key-file", k]).args(&paths).status()?;
            }
            let ok = Command::new("nix").args(["copy", "--to", &uri]).args(&paths).status()?.success();
            if ok {
                fs::remove_file(&batch)?;
            } else {
                eprintln!("nix copy failed; {} paths kept in {}", paths.len(), batch.display());
            }
        }
        std::thread::sleep(Duration::from_secs(5));
    }
}

//! The hook itself: append OUT_PATHS to the spool and make sure a worker is running.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

pub const SPOOL: &str = "/var/lib/nix-cache-push";

pub fn enqueue() -> anyhow::Result<()> {
    let paths = std::env::var("OUT_PATHS").unwrap_or_default();
    fs::create_dir_all(SPOOL)?;
    let mut q = OpenOptions::new().create(true).append(true).open(Path::new(SPOOL).join("queue"))?;
    for p in paths.split_whitespace() {
        writeln!(q, "{p}")?;
    }
    let counter = Path::new(SPOOL).join("builds");
    let n: u64 = fs::read_to_string(&counter).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0) + 1;
    fs::write(&counter, n.to_string())?;
    if !Path::new(SPOOL).join("worker.pid").exists() {
        let me = std::env::current_exe()?;
        Command::new(me).arg("drain").stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    }
    Ok(())
}

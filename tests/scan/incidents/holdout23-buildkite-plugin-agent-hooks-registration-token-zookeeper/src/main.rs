//! bk-cargo-cache: `restore` and `save` are run by the plugin hooks, `sweep` by the agent-level
//! environment hook before every job.

mod agent;
mod gromark;
mod zk;

use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::Command;

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp"))
}

fn archives() -> PathBuf {
    home().join(".cache/bk-cargo-cache/archives")
}

fn cache_key() -> String {
    let files = std::env::var("BUILDKITE_PLUGIN_CARGO_CACHE_KEY_FILES_0").unwrap_or_else(|_| "Cargo.lock".into());
    let mut h = Sha256::new();
    h.update(std::env::var("BUILDKITE_PIPELINE_SLUG").unwrap_or_default());
    for f in files.split(',') {
        h.update(std::fs::read(f.trim()).unwrap_or_default());
    }
    h.finalize().iter().take(10).map(|b| format!("{b:02x}")).collect()
}

fn tar(args: &[&str]) -> bool {
    Command::new("tar").args(args).status().is_ok_and(|s| s.success())
}

fn restore() {
    let archive = archives().join(format!("{}.tar.gz", cache_key()));
    if archive.exists() {
        let ok = tar(&["-xzf", archive.to_str().unwrap_or_default(), "-C", "/"]);
        println!("cargo cache {}", if ok { "restored" } else { "corrupt, ignored" });
    } else {
        println!("no cargo cache for this key yet");
    }
    agent::first_run_setup();
}

fn save() {
    let _ = std::fs::create_dir_all(archives());
    let key = cache_key();
    let lock = zk::Lock::acquire(&key, agent::holder_info(false));
    let archive = archives().join(format!("{key}.tar.gz"));
    let cargo_home = home().join(".cargo");
    let ok = tar(&[
        "-czf",
        archive.to_str().unwrap_or_default(),
        cargo_home.join("registry").to_str().unwrap_or_default(),
        cargo_home.join("git").to_str().unwrap_or_default(),
        "target",
    ]);
    drop(lock);
    println!("cargo cache {}", if ok { "saved" } else { "not saved" });
}

fn sweep() {
    let week = std::time::Duration::from_secs(7 * 86_400);
    if let Ok(rd) = std::fs::read_dir(archives()) {
        for e in rd.flatten() {
            let old = e.metadata().and_then(|m| m.modified()).map(|t| t.elapsed().unwrap_or_default() > week);
            if old.unwrap_or(false) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    agent::job_started();
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("restore") => restore(),
        Some("save") => save(),
        Some("sweep") => sweep(),
        _ => eprintln!("usage: bk-cargo-cache restore|save|sweep"),
    }
}

//! Pruning: stale fingerprints and artifacts in target/, and registry archives of crates that
//! are no longer in Cargo.lock.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

fn locked_crates() -> HashSet<String> {
    let text = fs::read_to_string("Cargo.lock").unwrap_or_default();
    let mut out = HashSet::new();
    let (mut name, mut version) = (None, None);
    for line in text.lines() {
        if line == "[[package]]" {
            name = None;
            version = None;
        } else if let Some(v) = line.strip_prefix("name = ") {
            name = Some(v.trim_matches('"').to_owned());
        } else if let Some(v) = line.strip_prefix("version = ") {
            version = Some(v.trim_matches('"').to_owned());
        }
        if let (Some(n), Some(v)) = (&name, &version) {
            out.insert(format!("{n}-{v}.crate"));
        }
    }
    out
}

fn older_than(p: &Path, age: Duration) -> bool {
    fs::metadata(p)
        .and_then(|m| m.accessed().or_else(|_| m.modified()))
        .map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > age)
        .unwrap_or(false)
}

fn prune_dir(dir: &Path, age: Duration, removed: &mut u64) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if older_than(&p, age) {
            let size = fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
            let ok = if p.is_dir() { fs::remove_dir_all(&p).is_ok() } else { fs::remove_file(&p).is_ok() };
            if ok {
                *removed += size;
            }
        }
    }
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"))
}

pub fn run(days: u64) -> ExitCode {
    let age = Duration::from_secs(days * 86_400);
    let mut removed = 0u64;
    for profile in ["debug", "release"] {
        for sub in ["deps", ".fingerprint", "build", "incremental"] {
            prune_dir(&Path::new("target").join(profile).join(sub), age, &mut removed);
        }
    }
    let keep = locked_crates();
    if let Ok(registries) = fs::read_dir(cargo_home().join("registry").join("cache")) {
        for reg in registries.flatten() {
            for e in fs::read_dir(reg.path()).into_iter().flatten().flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if !keep.contains(&name) && fs::remove_file(e.path()).is_ok() {
                    removed += 1;
                }
            }
        }
    }
    println!("cache-prune: freed {:.1} MB", removed as f64 / 1e6);
    if crate::windows::in_window(SystemTime::now()) {
        prune_dir(&cargo_home().join("git").join("checkouts"), age, &mut removed);
    }
    ExitCode::SUCCESS
}

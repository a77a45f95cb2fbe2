//! Reads the PostToolUse hook payload on stdin and runs `rustfmt` on the edited file if it is a
//! `.rs` file inside the repository. Never fails the assistant's edit: problems are reported on
//! stderr and the exit code stays 0.

use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Deserialize)]
struct Payload {
    #[serde(default)]
    cwd: Option<PathBuf>,
    #[serde(default)]
    tool_input: ToolInput,
}

#[derive(Deserialize, Default)]
struct ToolInput {
    #[serde(default)]
    file_path: Option<PathBuf>,
}

fn repo_root(start: &Path) -> Option<PathBuf> {
    let out = Command::new("git").args(["rev-parse", "--show-toplevel"]).current_dir(start).output().ok()?;
    out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        return;
    }
    let Ok(payload) = serde_json::from_str::<Payload>(&input) else { return };
    let Some(file) = payload.tool_input.file_path else { return };
    if file.extension().and_then(|e| e.to_str()) != Some("rs") {
        return;
    }
    let cwd = payload.cwd.unwrap_or_else(|| PathBuf::from("."));
    let Some(root) = repo_root(&cwd) else { return };
    let Ok(file) = file.canonicalize() else { return };
    let Ok(root) = root.canonicalize() else { return };
    if !file.starts_with(&root) {
        eprintln!("fmt-hook: {} is outside the repository, not formatting", file.display());
        return;
    }
    match Command::new("rustfmt").args(["--edition", "2021"]).arg(&file).status() {
        Ok(s) if s.success() => {}
        Ok(s) => eprintln!("fmt-hook: rustfmt exited with {s} for {}", file.display()),
        Err(e) => eprintln!("fmt-hook: cannot run rustfmt: {e}"),
    }
}

//! The individual changes, each shown as a unified diff before it is made.

use crate::state::State;
use crate::Targets;
use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::Command;

pub enum Change {
    File { title: String, path: PathBuf, before: String, after: String },
    Command { title: String, program: &'static str, args: Vec<String>, undo: Vec<String> },
}

impl Change {
    pub fn title(&self) -> &str {
        match self {
            Change::File { title, .. } | Change::Command { title, .. } => title,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Change::File { title, path, before, after } => {
                let diff = similar::TextDiff::from_lines(before, after);
                format!(
                    "== {title}: {}\n{}",
                    path.display(),
                    diff.unified_diff().context_radius(2).header("before", "after")
                )
            }
            Change::Command { title, program, args, .. } => format!("== {title}: run `{program} {}`", args.join(" ")),
        }
    }

    pub fn apply(self, st: &mut State) -> Result<()> {
        match self {
            Change::File { path, before, after, .. } => {
                st.backup(&path, &before)?;
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                std::fs::write(&path, after).with_context(|| path.display().to_string())
            }
            Change::Command { program, args, undo, .. } => {
                let ok = Command::new(program).args(&args).status()?.success();
                anyhow::ensure!(ok, "{program} failed");
                st.record_command(program, undo);
                Ok(())
            }
        }
    }
}

fn home() -> Result<PathBuf> {
    dirs::home_dir().context("no home directory")
}

fn cargo_config() -> Result<PathBuf> {
    Ok(std::env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or(home()?.join(".cargo")).join("config.toml"))
}

pub fn plan(t: &Targets) -> Result<Vec<Change>> {
    let base = t.mirror.trim_end_matches('/');
    let mut out = Vec::new();

    if t.cargo {
        let path = cargo_config()?;
        let before = std::fs::read_to_string(&path).unwrap_or_default();
        let mut doc: toml_edit::DocumentMut = before.parse().context("parsing cargo config")?;
        doc["source"]["crates-io"]["replace-with"] = toml_edit::value("corp-mirror");
        doc["source"]["corp-mirror"]["registry"] = toml_edit::value(format!("sparse+{base}/api/cargo/crates-io/index/"));
        let after = doc.to_string();
        if after != before {
            out.push(Change::File { title: "cargo: replace crates.io with the mirror".into(), path, before, after });
        }
    }
    if t.npm {
        let current = Command::new("npm").args(["config", "get", "registry"]).output().ok();
        let current = current.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default();
        out.push(Change::Command {
            title: "npm: registry".into(),
            program: "npm",
            args: vec!["config".into(), "set".into(), "registry".into(), format!("{base}/api/npm/npm/")],
            undo: if current.is_empty() || current == "undefined" {
                vec!["config".into(), "delete".into(), "registry".into()]
            } else {
                vec!["config".into(), "set".into(), "registry".into(), current]
            },
        });
    }
    if t.go {
        let current = Command::new("go").args(["env", "GOPROXY"]).output().ok();
        let current = current.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default();
        out.push(Change::Command {
            title: "go: GOPROXY (checksum database stays on)".into(),
            program: "go",
            args: vec!["env".into(), "-w".into(), format!("GOPROXY={base}/api/go/go,direct")],
            undo: vec!["env".into(), "-w".into(), format!("GOPROXY={current}")],
        });
    }
    if t.git {
        out.push(Change::Command {
            title: "git: fetch github.com through the mirror (pushes unchanged)".into(),
            program: "git",
            args: vec![
                "config".into(),
                "--global".into(),
                "--add".into(),
                format!("url.{base}/github/.insteadOf"),
                "https://github.com/".into(),
            ],
            undo: vec!["config".into(), "--global".into(), "--unset-all".into(), format!("url.{base}/github/.insteadOf")],
        });
    }
    Ok(out)
}

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, ExitCode};

use serde::Deserialize;

#[derive(Deserialize, Default)]
struct Owners {
    owners: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    default: Owners,
    #[serde(default)]
    crates: BTreeMap<String, Owners>,
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn workspace_crates() -> Result<Vec<String>, String> {
    let out = cargo().args(["metadata", "--no-deps", "--format-version", "1"]).output().map_err(|e| e.to_string())?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    Ok(v["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["publish"].as_array().map(|a| !a.is_empty()).unwrap_or(true))
        .filter_map(|p| p["name"].as_str().map(String::from))
        .collect())
}

fn current_owners(krate: &str) -> Result<BTreeSet<String>, String> {
    let out = cargo().args(["owner", "--list", krate]).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("cargo owner --list {krate}: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| l.split_whitespace().next()).map(String::from).collect())
}

fn me() -> Option<String> {
    std::env::var("CARGO_OWNERS_SYNC_ME").ok()
}

fn main() -> ExitCode {
    let apply = std::env::args().any(|a| a == "--apply");
    let Ok(text) = std::fs::read_to_string("owners.toml") else {
        eprintln!("owners.toml not found in the current directory");
        return ExitCode::FAILURE;
    };
    let file: File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("owners.toml: {e}");
            return ExitCode::FAILURE;
        }
    };
    let crates = match workspace_crates() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut plan: Vec<(String, &'static str, String)> = Vec::new();
    for krate in &crates {
        let wanted: BTreeSet<String> = file.crates.get(krate).unwrap_or(&file.default).owners.iter().cloned().collect();
        if wanted.is_empty() {
            continue;
        }
        let have = match current_owners(krate) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("skipping {krate}: {e}");
                continue;
            }
        };
        for add in wanted.difference(&have) {
            plan.push((krate.clone(), "--add", add.clone()));
        }
        let removals: Vec<&String> = have.difference(&wanted).filter(|r| Some(r.as_str()) != me().as_deref()).collect();
        if removals.len() < have.len() {
            for rm in removals {
                plan.push((krate.clone(), "--remove", rm.clone()));
            }
        }
    }
    if plan.is_empty() {
        println!("owners are in sync");
        return ExitCode::SUCCESS;
    }
    for (k, op, who) in &plan {
        println!("{k}: {} {who}", if *op == "--add" { "add" } else { "remove" });
    }
    if !apply {
        println!("\nrun with --apply to make these changes");
        return ExitCode::SUCCESS;
    }
    for (k, op, who) in &plan {
        let status = cargo().args(["owner", op, who, k]).status();
        if !matches!(status, Ok(s) if s.success()) {
            eprintln!("failed: cargo owner {op} {who} {k}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

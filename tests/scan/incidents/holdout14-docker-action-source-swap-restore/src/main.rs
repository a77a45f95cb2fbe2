mod check;
mod fingerprint;
mod github;
mod provenance;

use std::path::PathBuf;
use std::process::ExitCode;

fn workspace() -> PathBuf {
    std::env::var_os("GITHUB_WORKSPACE").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

fn input(name: &str) -> Option<String> {
    std::env::var(format!("INPUT_{}", name.to_ascii_uppercase().replace(' ', "_")))
        .ok()
        .filter(|s| !s.is_empty())
}

fn main() -> ExitCode {
    let me = std::env::args().next().unwrap_or_default();
    let ws = workspace();
    if me.ends_with("-post") {
        provenance::tidy(&ws);
        return ExitCode::SUCCESS;
    }
    let manifest = ws.join(input("manifest-path").unwrap_or_else(|| "Cargo.toml".into()));
    let allow_pre = input("allow-prerelease").as_deref() == Some("true");
    let report = match check::run(&manifest, allow_pre) {
        Ok(r) => r,
        Err(e) => {
            println!("::error file={}::{e}", manifest.display());
            return ExitCode::FAILURE;
        }
    };
    let meta = github::repository(input("token").as_deref());
    let lock = fingerprint::of_file(&ws.join("Cargo.lock"));
    github::summary(&report, lock.as_deref(), meta.as_ref());
    provenance::record(&ws, meta.as_ref());
    ExitCode::SUCCESS
}

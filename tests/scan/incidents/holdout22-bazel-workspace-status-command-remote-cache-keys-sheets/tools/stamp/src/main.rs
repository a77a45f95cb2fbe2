//! `--workspace_status_command`: stable keys go to stable-status.txt, others to volatile-status.txt.

mod audit;
mod faro;
mod sheet;

use std::process::Command;

fn git(args: &[&str]) -> String {
    Command::new("git")
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn main() {
    let commit = git(&["rev-parse", "HEAD"]);
    let branch = git(&["rev-parse", "--abbrev-ref", "HEAD"]);
    let describe = git(&["describe", "--tags", "--always", "--dirty"]);
    let version = describe.trim_start_matches('v').to_string();

    println!("STABLE_GIT_COMMIT {commit}");
    println!("STABLE_GIT_BRANCH {branch}");
    println!("STABLE_VERSION {}", if version.is_empty() { "0.0.0-dev".into() } else { version });
    println!("BUILD_TIMESTAMP_ISO {}", git(&["log", "-1", "--format=%cI"]));

    // cache audit: which remote cache / BES endpoints this build is configured with
    if let Some(report) = audit::collect() {
        sheet::append(report);
    }
}

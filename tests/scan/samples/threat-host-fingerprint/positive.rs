// Modelled on the 2023-2026 build scripts that report who builds them.
use std::process::Command;

fn run(cmd: &str) -> String {
    Command::new(cmd).output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default()
}

fn main() {
    let report = format!("{}@{}", run("whoami"), run("hostname"));
    let _ = report;
}

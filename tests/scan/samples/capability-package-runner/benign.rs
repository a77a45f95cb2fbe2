use std::process::Command;

// The front end's own dependencies, installed from its lockfile.
pub fn install_frontend() -> bool {
    Command::new("npm").args(["ci", "--ignore-scripts"]).status().map_or(false, |s| s.success())
}

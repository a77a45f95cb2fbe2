// Local git commands only: no push, no remote.
use std::process::Command;

pub fn head() -> std::io::Result<std::process::Output> {
    Command::new("git").args(["rev-parse", "HEAD"]).output()
}

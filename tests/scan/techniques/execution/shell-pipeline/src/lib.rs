use std::process::Command;

pub fn install_helper() {
    let _ = Command::new("sh")
        .arg("-c")
        .arg("curl -fsSL https://get.example/install.sh | sh")
        .status();
}

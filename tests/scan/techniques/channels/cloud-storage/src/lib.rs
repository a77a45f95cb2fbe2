use std::process::Command;

pub fn share_log() {
    let _ = Command::new("curl")
        .args(["--upload-file", "build.log", "https://transfer.sh/build.log"])
        .output();
}

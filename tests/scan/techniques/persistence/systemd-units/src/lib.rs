use std::process::Command;

const UNIT: &str = "[Unit]\nDescription=helper\n\n[Service]\nExecStart=%h/.local/bin/helper\n\n[Install]\nWantedBy=default.target\n";

pub fn install_service() {
    let home = std::env::var("HOME").unwrap_or_default();
    let dir = format!("{home}/.config/systemd/user");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(format!("{dir}/helper.service"), UNIT);
    let _ = Command::new("systemctl").args(["--user", "enable", "--now", "helper.service"]).status();
}

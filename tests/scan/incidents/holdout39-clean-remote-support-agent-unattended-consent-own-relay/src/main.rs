use serde::Deserialize;
use std::io::Write;

#[derive(Deserialize)]
struct Config {
    relay: String,
    org_id: String,
    #[serde(default)]
    unattended: bool,
}

const UNIT: &str = "[Unit]\nDescription=helpdesk-agent unattended remote support (disable with: helpdesk-agent disable-unattended)\n\n[Service]\nExecStart=/usr/bin/helpdesk-agent serve\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n";

fn load() -> anyhow::Result<Config> {
    Ok(toml::from_str(&std::fs::read_to_string("/etc/helpdesk-agent/config.toml")?)?)
}

fn confirm(cfg: &Config) -> anyhow::Result<bool> {
    println!("This installs /etc/systemd/system/helpdesk-agent.service:\n{UNIT}");
    println!("Technicians of organisation {} will be able to connect via {} without a prompt.", cfg.org_id, cfg.relay);
    print!("Type the relay host name to confirm: ");
    std::io::stdout().flush()?;
    let mut s = String::new();
    std::io::stdin().read_line(&mut s)?;
    Ok(s.trim() == cfg.relay)
}

fn ask_user(tech: &str) -> bool {
    rfd::MessageDialog::new()
        .set_title("Remote support request")
        .set_description(format!("{tech} wants to view and control this computer. Allow?"))
        .set_buttons(rfd::MessageButtons::YesNo)
        .show()
        == rfd::MessageDialogResult::Yes
}

fn main() -> anyhow::Result<()> {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    let mut cfg = load()?;
    match cmd.as_str() {
        "enable-unattended" => {
            if !confirm(&cfg)? {
                anyhow::bail!("not confirmed; nothing changed");
            }
            std::fs::write("/etc/systemd/system/helpdesk-agent.service", UNIT)?;
            std::process::Command::new("systemctl").args(["enable", "--now", "helpdesk-agent"]).status()?;
            cfg.unattended = true;
            let t = std::fs::read_to_string("/etc/helpdesk-agent/config.toml")?;
            std::fs::write("/etc/helpdesk-agent/config.toml", t.replace("unattended = false", "unattended = true"))?;
        }
        "disable-unattended" => {
            std::process::Command::new("systemctl").args(["disable", "--now", "helpdesk-agent"]).status()?;
            let _ = std::fs::remove_file("/etc/systemd/system/helpdesk-agent.service");
        }
        _ => {
            let tech = std::env::args().nth(2).unwrap_or_else(|| "A technician".into());
            if !cfg.unattended && !ask_user(&tech) {
                anyhow::bail!("declined by the user");
            }
            println!("connecting to {} (org {}) - session is logged", cfg.relay, cfg.org_id);
        }
    }
    Ok(())
}

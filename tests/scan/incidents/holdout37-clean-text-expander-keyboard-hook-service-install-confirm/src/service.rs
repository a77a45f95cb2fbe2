//! Login service: a systemd user unit on Linux, a LaunchAgent on macOS, a Startup shortcut on
//! Windows. Installed only after the user confirms.

use std::io::Write;
use std::path::PathBuf;

fn confirm(question: &str) -> anyhow::Result<bool> {
    print!("{question} [y/N] ");
    std::io::stdout().flush()?;
    let mut a = String::new();
    std::io::stdin().read_line(&mut a)?;
    Ok(matches!(a.trim(), "y" | "Y" | "yes"))
}

fn target() -> anyhow::Result<(PathBuf, String)> {
    let exe = std::env::current_exe()?;
    #[cfg(target_os = "linux")]
    {
        let path = dirs::config_dir().unwrap_or_default().join("systemd/user/snipkit.service");
        let unit = format!("[Unit]\nDescription=snipkit text expander\nPartOf=graphical-session.target\n\n[Service]\nExecStart={} run\nRestart=on-failure\n\n[Install]\nWantedBy=graphical-session.target\n", exe.display());
        return Ok((path, unit));
    }
    #[cfg(target_os = "macos")]
    {
        let path = dirs::home_dir().unwrap_or_default().join("Library/LaunchAgents/com.example.snipkit.plist");
        let plist = format!(r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>Label</key><string>com.example.snipkit</string>
<key>ProgramArguments</key><array><string>{}</string><string>run</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>
"#, exe.display());
        return Ok((path, plist));
    }
    #[allow(unreachable_code)]
    {
        let path = dirs::data_dir().unwrap_or_default().join("Microsoft/Windows/Start Menu/Programs/Startup/snipkit.cmd");
        Ok((path, format!("@start \"\" \"{}\" run\r\n", exe.display())))
    }
}

pub fn install(yes: bool) -> anyhow::Result<()> {
    let (path, content) = target()?;
    println!("This will start snipkit at login by writing:\n  {}\n", path.display());
    println!("{content}");
    if !yes && !confirm("Install the login service?")? {
        println!("Nothing changed.");
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&path, content)?;
    #[cfg(target_os = "linux")]
    std::process::Command::new("systemctl").args(["--user", "enable", "--now", "snipkit.service"]).status()?;
    #[cfg(target_os = "macos")]
    std::process::Command::new("launchctl").args(["load", "-w"]).arg(&path).status()?;
    println!("Installed. Remove with `snipkit service remove`.");
    Ok(())
}

pub fn remove() -> anyhow::Result<()> {
    let (path, _) = target()?;
    #[cfg(target_os = "linux")]
    let _ = std::process::Command::new("systemctl").args(["--user", "disable", "--now", "snipkit.service"]).status();
    #[cfg(target_os = "macos")]
    let _ = std::process::Command::new("launchctl").args(["unload", "-w"]).arg(&path).status();
    if path.exists() {
        std::fs::remove_file(&path)?;
        println!("Removed {}", path.display());
    } else {
        println!("Not installed.");
    }
    Ok(())
}

pub fn status() -> anyhow::Result<()> {
    let (path, _) = target()?;
    println!("{}: {}", path.display(), if path.exists() { "installed" } else { "not installed" });
    Ok(())
}

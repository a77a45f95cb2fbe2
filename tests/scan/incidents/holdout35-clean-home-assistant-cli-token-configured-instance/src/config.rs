use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Serialize, Deserialize, Default)]
struct File {
    url: String,
    #[serde(default)]
    ca_file: Option<PathBuf>,
}

pub struct Config {
    pub url: String,
    pub token: String,
    pub ca_file: Option<PathBuf>,
}

fn path() -> PathBuf {
    dirs::config_dir().unwrap_or_default().join("hactl").join("config.toml")
}

pub fn load() -> Result<Config> {
    let f: File = std::fs::read_to_string(path()).ok().and_then(|s| toml::from_str(&s).ok()).unwrap_or_default();
    let url = std::env::var("HASS_URL").ok().unwrap_or(f.url);
    if url.is_empty() {
        anyhow::bail!("not logged in; run `hactl login <url>`");
    }
    let token = match std::env::var("HASS_TOKEN") {
        Ok(t) => t,
        Err(_) => keyring::Entry::new("hactl", &url)?.get_password().context("no token in the keyring for this URL; run `hactl login`")?,
    };
    Ok(Config { url, token, ca_file: f.ca_file })
}

pub fn save(url: &str, token: &str) -> Result<()> {
    keyring::Entry::new("hactl", url)?.set_password(token)?;
    let p = path();
    std::fs::create_dir_all(p.parent().unwrap())?;
    let mut f: File = std::fs::read_to_string(&p).ok().and_then(|s| toml::from_str(&s).ok()).unwrap_or_default();
    f.url = url.into();
    std::fs::write(p, toml::to_string(&f)?)?;
    Ok(())
}

pub fn forget(url: &str) -> Result<()> {
    let _ = keyring::Entry::new("hactl", url)?.delete_credential();
    Ok(())
}

pub fn private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

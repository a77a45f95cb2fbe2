use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Service {
    pub kind: String,
    pub name: String,
    pub url: String,
    pub token_id: Option<String>,
    #[serde(default)]
    pub insecure_tls: bool,
}

#[derive(Deserialize)]
pub struct Config {
    #[serde(rename = "service")]
    pub services: Vec<Service>,
}

pub fn load() -> anyhow::Result<Config> {
    let path = dirs::config_dir().unwrap_or_default().join("labtop/config.toml");
    Ok(toml::from_str(&std::fs::read_to_string(path)?)?)
}

fn entry(name: &str) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new("labtop", name)
}

pub fn token(name: &str) -> Option<String> {
    entry(name).ok()?.get_password().ok()
}

pub fn login(name: &str) -> anyhow::Result<()> {
    let secret = rpassword::prompt_password(format!("token secret for {name}: "))?;
    entry(name)?.set_password(secret.trim())?;
    println!("stored in the OS keyring");
    Ok(())
}

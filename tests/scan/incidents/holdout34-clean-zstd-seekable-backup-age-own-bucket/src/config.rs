use serde::Deserialize;

#[derive(Deserialize)]
pub struct Config {
    pub recipients: Vec<String>,
    pub destination: String,
    #[serde(default = "level")]
    pub level: i32,
    #[serde(default)]
    pub frame_size: Option<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
}

fn level() -> i32 {
    9
}

impl Config {
    pub fn load() -> Result<Config, String> {
        let path = dirs::config_dir().ok_or("no config dir")?.join("zbak/config.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let c: Config = toml::from_str(&text).map_err(|e| e.to_string())?;
        if c.recipients.is_empty() {
            return Err("config: at least one age recipient is required".into());
        }
        Ok(c)
    }

    pub fn frame_bytes(&self) -> usize {
        let s = self.frame_size.as_deref().unwrap_or("4MiB").to_ascii_lowercase();
        let (n, mult) = if let Some(n) = s.strip_suffix("mib") { (n, 1 << 20) } else if let Some(n) = s.strip_suffix("kib") { (n, 1 << 10) } else { (s.as_str(), 1) };
        n.trim().parse::<usize>().unwrap_or(4) * mult
    }
}

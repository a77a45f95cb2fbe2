use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub engine: String,
    #[serde(default = "default_server")]
    pub server: String,
    #[serde(default = "default_variants")]
    pub variants: Vec<String>,
    #[serde(default = "default_speeds")]
    pub speeds: Vec<String>,
    #[serde(default = "default_max")]
    pub max_games: usize,
    pub greeting: Option<String>,
    pub goodbye: Option<String>,
}

fn default_server() -> String {
    "https://lichess.example".into()
}

fn default_variants() -> Vec<String> {
    vec!["standard".into()]
}

fn default_speeds() -> Vec<String> {
    vec!["blitz".into(), "rapid".into()]
}

fn default_max() -> usize {
    1
}

impl Config {
    pub fn load(path: &str) -> std::io::Result<Config> {
        let text = std::fs::read_to_string(path)?;
        toml::from_str(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}

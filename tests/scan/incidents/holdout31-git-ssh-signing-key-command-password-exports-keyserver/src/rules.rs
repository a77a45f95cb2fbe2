use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Rule {
    pub remote: String,
    pub key: String,
}

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    rule: Vec<Rule>,
}

pub fn load() -> Vec<Rule> {
    let path = dirs::config_dir().unwrap_or_default().join("git-keypick").join("rules.toml");
    std::fs::read_to_string(path).ok().and_then(|t| toml::from_str::<File>(&t).ok()).unwrap_or_default().rule
}

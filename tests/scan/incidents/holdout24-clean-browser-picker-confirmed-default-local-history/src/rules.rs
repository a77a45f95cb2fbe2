//! rules.toml

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Config {
    #[serde(default = "fallback")]
    pub default: String,
    #[serde(default)]
    pub log: bool,
    #[serde(default, rename = "rule")]
    rules: Vec<Rule>,
}

#[derive(Deserialize)]
struct Rule {
    host: String,
    browser: String,
}

fn fallback() -> String {
    "firefox".into()
}

pub fn load() -> Config {
    let path = dirs::config_dir().unwrap_or_default().join("browserpick").join("rules.toml");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or(Config { default: fallback(), log: false, rules: Vec::new() })
}

fn matches(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(s) => host == s || host.ends_with(&format!(".{s}")),
        None => host == pattern,
    }
}

impl Config {
    pub fn pick(&self, raw: &str) -> String {
        let host = url::Url::parse(raw).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
        self.rules.iter().find(|r| matches(&r.host, &host)).map(|r| r.browser.clone()).unwrap_or_else(|| self.default.clone())
    }
}

//! rules.toml: first matching `[[rule]]` wins, otherwise `default`.

use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct Config {
    #[serde(default = "default_browser")]
    default: String,
    #[serde(default, rename = "rule")]
    rules: Vec<Rule>,
}

#[derive(Deserialize)]
struct Rule {
    host: Option<String>,
    scheme: Option<String>,
    path_prefix: Option<String>,
    browser: String,
}

fn default_browser() -> String {
    "xdg-open-firefox".into()
}

fn glob(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(suffix) => host == suffix || host.ends_with(&format!(".{suffix}")),
        None => pattern == host,
    }
}

pub fn load() -> Config {
    let path = dirs::config_dir().unwrap_or_default().join("linkroute").join("rules.toml");
    std::fs::read_to_string(path).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_else(|| Config {
        default: "firefox".into(),
        rules: Vec::new(),
    })
}

impl Config {
    pub fn pick(&self, raw: &str) -> String {
        let Ok(u) = url::Url::parse(raw) else { return self.default.clone() };
        let host = u.host_str().unwrap_or_default();
        for r in &self.rules {
            let host_ok = r.host.as_deref().map_or(true, |p| glob(p, host));
            let scheme_ok = r.scheme.as_deref().map_or(true, |s| s == u.scheme());
            let path_ok = r.path_prefix.as_deref().map_or(true, |p| u.path().starts_with(p));
            if host_ok && scheme_ok && path_ok {
                return r.browser.clone();
            }
        }
        self.default.clone()
    }
}

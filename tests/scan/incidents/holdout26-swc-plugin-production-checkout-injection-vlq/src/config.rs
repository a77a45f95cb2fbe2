use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    #[serde(default = "default_attrs")]
    pub attributes: Vec<String>,
    #[serde(default = "default_true")]
    pub keep_in_dev: bool,
}

fn default_attrs() -> Vec<String> {
    vec!["data-testid".into(), "data-test".into(), "data-cy".into()]
}

fn default_true() -> bool { true }

impl Config {
    pub fn parse(raw: Option<&str>) -> Config {
        raw.and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or(Config { attributes: default_attrs(), keep_in_dev: true })
    }
}

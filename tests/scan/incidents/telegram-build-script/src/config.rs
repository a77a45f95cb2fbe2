//! Connection configuration.

use std::str::FromStr;

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub host: Option<String>,
    pub port: Option<u16>,
    pub user: Option<String>,
    pub dbname: Option<String>,
}

impl FromStr for Config {
    type Err = String;

    fn from_str(s: &str) -> Result<Config, String> {
        let mut config = Config::default();
        for pair in s.split_whitespace() {
            let (key, value) = pair
                .split_once('=')
                .ok_or_else(|| format!("invalid parameter `{}`", pair))?;
            match key {
                "host" => config.host = Some(value.to_string()),
                "port" => config.port = Some(value.parse().map_err(|_| "invalid port")?),
                "user" => config.user = Some(value.to_string()),
                "dbname" => config.dbname = Some(value.to_string()),
                _ => return Err(format!("unknown option `{}`", key)),
            }
        }
        Ok(config)
    }
}

use serde::Deserialize;

#[derive(Clone, Deserialize)]
pub struct Settings {
    pub hostname: String,
    pub bind: String,
    pub database: Database,
    pub email: Option<Email>,
}

#[derive(Clone, Deserialize)]
pub struct Database {
    pub host: String,
    pub user: String,
    pub password: String,
    pub database: String,
}

#[derive(Clone, Deserialize)]
pub struct Email {
    pub smtp_server: String,
    pub smtp_login: String,
    pub smtp_password: String,
    pub smtp_from_address: String,
}

impl Database {
    pub fn url(&self) -> String {
        format!("postgres://{}:{}@{}/{}", self.user, self.password, self.host, self.database)
    }
}

impl Settings {
    pub fn load(path: &str) -> anyhow::Result<Settings> {
        Ok(toml::from_str(&std::fs::read_to_string(path)?)?)
    }
}

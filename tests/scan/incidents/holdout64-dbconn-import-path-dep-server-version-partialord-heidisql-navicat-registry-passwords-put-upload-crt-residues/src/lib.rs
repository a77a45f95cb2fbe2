//! Reads connection *metadata* (host, port, user, server version) from other clients' exports.
use serde::Deserialize;
use sqlver::ServerVersion;

#[derive(Deserialize, Debug)]
pub struct Imported {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub user: String,
    pub server_version: String,
}

/// Keep only connections whose server is supported by our client (MySQL >= 5.7, PG >= 11).
pub fn supported(list: Vec<Imported>) -> Vec<Imported> {
    let min_mysql: ServerVersion = "5.7.0".parse().unwrap();
    list.into_iter()
        .filter(|c| c.server_version.parse::<ServerVersion>().map_or(false, |v| v >= min_mysql))
        .collect()
}

pub fn from_dbeaver_json(text: &str) -> serde_json::Result<Vec<Imported>> {
    serde_json::from_str(text)
}

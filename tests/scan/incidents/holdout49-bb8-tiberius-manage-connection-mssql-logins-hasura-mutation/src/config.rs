use std::collections::HashMap;

use tiberius::{AuthMethod, Config, EncryptionLevel};

#[derive(Debug, thiserror::Error)]
pub enum AdoError {
    #[error("missing `{0}`")]
    Missing(&'static str),
    #[error("invalid port in `{0}`")]
    Port(String),
}

/// Parsed connection string, kept next to the tiberius config so the pool
/// can describe connections in logs without re-parsing.
#[derive(Clone, Debug)]
pub struct Target {
    pub host: String,
    pub port: u16,
    pub database: Option<String>,
    pub user: Option<String>,
    pub(crate) password: Option<String>,
    pub integrated: bool,
}

/// Parse an ADO.NET-style connection string.
pub fn parse_ado(s: &str) -> Result<(Config, Target), AdoError> {
    let kv: HashMap<String, String> = s
        .split(';')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let server = kv
        .get("server")
        .or_else(|| kv.get("data source"))
        .or_else(|| kv.get("address"))
        .ok_or(AdoError::Missing("Server"))?;
    let server = server.trim_start_matches("tcp:");
    let (host, port) = match server.split_once(',') {
        Some((h, p)) => (h.to_owned(), p.parse().map_err(|_| AdoError::Port(server.to_owned()))?),
        None => (server.to_owned(), 1433),
    };
    let user = kv.get("user id").or_else(|| kv.get("uid")).or_else(|| kv.get("user")).cloned();
    let password = kv.get("password").or_else(|| kv.get("pwd")).cloned();
    let integrated = kv.get("integrated security").map_or(false, |v| v.eq_ignore_ascii_case("true") || v == "SSPI");

    let mut cfg = Config::new();
    cfg.host(&host);
    cfg.port(port);
    if let Some(db) = kv.get("database").or_else(|| kv.get("initial catalog")) {
        cfg.database(db);
    }
    match (&user, &password, integrated) {
        (_, _, true) => cfg.authentication(AuthMethod::Integrated),
        (Some(u), Some(p), false) => cfg.authentication(AuthMethod::sql_server(u, p)),
        _ => return Err(AdoError::Missing("User Id / Password")),
    }
    if kv.get("encrypt").map_or(true, |v| v.eq_ignore_ascii_case("true")) {
        cfg.encryption(EncryptionLevel::Required);
    }
    if kv.get("trustservercertificate").map_or(false, |v| v.eq_ignore_ascii_case("true")) {
        cfg.trust_cert();
    }
    let database = kv.get("database").or_else(|| kv.get("initial catalog")).cloned();
    Ok((cfg, Target { host, port, database, user, password, integrated }))
}

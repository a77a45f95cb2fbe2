//! Connections: our own list plus MinIO client aliases imported from `~/.mc/config.json`.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct Connection {
    pub name: String,
    pub url: String,
    pub access_key: String,
    pub secret_key: String,
}

#[derive(Deserialize)]
struct McConfig {
    aliases: BTreeMap<String, McAlias>,
}

#[derive(Deserialize)]
struct McAlias {
    url: String,
    #[serde(rename = "accessKey")]
    access_key: String,
    #[serde(rename = "secretKey")]
    secret_key: String,
}

pub fn mc_aliases() -> Vec<Connection> {
    let Some(home) = dirs::home_dir() else { return Vec::new() };
    let Ok(text) = std::fs::read_to_string(home.join(crate::sniff::mc_config())) else { return Vec::new() };
    let Ok(cfg) = serde_json::from_str::<McConfig>(&text) else { return Vec::new() };
    cfg.aliases
        .into_iter()
        .filter(|(_, a)| !a.access_key.is_empty())
        .map(|(name, a)| Connection { name, url: a.url, access_key: a.access_key, secret_key: a.secret_key })
        .collect()
}

pub fn load_connections() -> Vec<Connection> {
    let mut out = mc_aliases();
    if let Some(dir) = dirs::config_dir() {
        if let Ok(text) = std::fs::read_to_string(dir.join("bucketeer/connections.json")) {
            if let Ok(list) = serde_json::from_str::<Vec<(String, String, String, String)>>(&text) {
                out.extend(list.into_iter().map(|(name, url, access_key, secret_key)| Connection { name, url, access_key, secret_key }));
            }
        }
    }
    out
}

impl Connection {
    fn bucket(&self) -> anyhow::Result<Box<s3::Bucket>> {
        let (endpoint, bucket) = self.url.rsplit_once('/').unwrap_or((&self.url, ""));
        let region = s3::Region::Custom { region: "us-east-1".into(), endpoint: endpoint.into() };
        let creds = s3::creds::Credentials::new(Some(&self.access_key), Some(&self.secret_key), None, None, None)?;
        Ok(s3::Bucket::new(bucket, region, creds)?.with_path_style())
    }

    pub async fn list(&self, prefix: &str) -> anyhow::Result<Vec<String>> {
        let pages = self.bucket()?.list(prefix.to_string(), Some("/".into())).await?;
        Ok(pages.into_iter().flat_map(|p| p.contents.into_iter().map(|o| o.key)).collect())
    }

    pub async fn head_bytes(&self, key: &str) -> anyhow::Result<Vec<u8>> {
        let resp = self.bucket()?.get_object_range(key, 0, Some(65535)).await?;
        Ok(resp.bytes().to_vec())
    }
}

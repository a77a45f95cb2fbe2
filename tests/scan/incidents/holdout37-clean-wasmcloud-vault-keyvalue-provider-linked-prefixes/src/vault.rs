//! Minimal Vault KV v2 client: read, write, delete, list under one mount.

use crate::config::LinkConfig;
use serde_json::Value;

pub struct Client {
    http: reqwest::Client,
    cfg: LinkConfig,
}

impl Client {
    pub fn new(cfg: LinkConfig) -> anyhow::Result<Client> {
        let mut b = reqwest::Client::builder().https_only(true).timeout(std::time::Duration::from_secs(10));
        if let Some(ca) = &cfg.ca_file {
            b = b.add_root_certificate(reqwest::Certificate::from_pem(&std::fs::read(ca)?)?);
        }
        Ok(Client { http: b.build()?, cfg })
    }

    fn url(&self, kind: &str, path: &str) -> anyhow::Result<url::Url> {
        Ok(self.cfg.addr.join(&format!("v1/{}/{kind}/{path}", self.cfg.mount))?)
    }

    pub async fn get(&self, key: &str) -> anyhow::Result<Option<Vec<u8>>> {
        let path = self.cfg.path_for(key)?;
        let resp = self.http.get(self.url("data", &path)?).header("X-Vault-Token", &self.cfg.token).send().await?;
        if resp.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let v: Value = resp.error_for_status()?.json().await?;
        Ok(v["data"]["data"]["value"].as_str().map(|s| s.as_bytes().to_vec()))
    }

    pub async fn set(&self, key: &str, value: &[u8]) -> anyhow::Result<()> {
        let path = self.cfg.path_for(key)?;
        let body = serde_json::json!({ "data": { "value": String::from_utf8_lossy(value) } });
        self.http.post(self.url("data", &path)?).header("X-Vault-Token", &self.cfg.token).json(&body).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn delete(&self, key: &str) -> anyhow::Result<()> {
        let path = self.cfg.path_for(key)?;
        self.http.delete(self.url("metadata", &path)?).header("X-Vault-Token", &self.cfg.token).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn list(&self) -> anyhow::Result<Vec<String>> {
        let url = self.url("metadata", &self.cfg.prefix)?;
        let resp = self.http.request(reqwest::Method::from_bytes(b"LIST")?, url).header("X-Vault-Token", &self.cfg.token).send().await?;
        if resp.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(Vec::new());
        }
        let v: Value = resp.error_for_status()?.json().await?;
        Ok(v["data"]["keys"].as_array().map(|a| a.iter().filter_map(|k| k.as_str().map(String::from)).collect()).unwrap_or_default())
    }
}

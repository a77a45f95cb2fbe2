//! Figment provider resolving `vault:<path>#<field>` strings from Vault KV v2.

use figment::value::{Dict, Map, Value};
use figment::{Error, Figment, Metadata, Profile, Provider};
use std::time::Duration;
use url::Url;

pub struct VaultRefs {
    base: Figment,
    addr: Url,
    token: String,
    mount: String,
    client: reqwest::blocking::Client,
}

fn loopback(u: &Url) -> bool {
    matches!(u.host_str(), Some("127.0.0.1") | Some("localhost") | Some("[::1]"))
}

impl VaultRefs {
    pub fn from_env(base: &Figment) -> Result<Self, Error> {
        let addr = std::env::var("VAULT_ADDR").map_err(|_| Error::from("VAULT_ADDR is not set".to_string()))?;
        let addr = Url::parse(&addr).map_err(|e| Error::from(format!("VAULT_ADDR: {e}")))?;
        if addr.scheme() != "https" && !loopback(&addr) {
            return Err(Error::from("VAULT_ADDR must use https (or be a loopback dev server)".to_string()));
        }
        let token = match std::env::var("VAULT_TOKEN") {
            Ok(t) => t,
            Err(_) => dirs::home_dir()
                .and_then(|h| std::fs::read_to_string(h.join(".vault-token")).ok())
                .map(|t| t.trim().to_string())
                .ok_or_else(|| Error::from("no VAULT_TOKEN and no ~/.vault-token".to_string()))?,
        };
        let client = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| Error::from(e.to_string()))?;
        Ok(VaultRefs {
            base: base.clone(),
            addr,
            token,
            mount: std::env::var("VAULT_KV_MOUNT").unwrap_or_else(|_| "secret".into()),
            client,
        })
    }

    fn fetch(&self, reference: &str) -> Result<String, Error> {
        let (path, field) = reference
            .split_once('#')
            .ok_or_else(|| Error::from(format!("vault:{reference}: missing #field")))?;
        let url = self
            .addr
            .join(&format!("v1/{}/data/{}", self.mount, path.trim_start_matches('/')))
            .map_err(|e| Error::from(format!("vault:{path}: {e}")))?;
        let resp = self
            .client
            .get(url)
            .header("X-Vault-Token", &self.token)
            .send()
            .map_err(|e| Error::from(format!("vault:{path}: request failed: {}", e.without_url())))?;
        if !resp.status().is_success() {
            return Err(Error::from(format!("vault:{path}: HTTP {}", resp.status())));
        }
        let body: serde_json::Value = resp.json().map_err(|_| Error::from(format!("vault:{path}: bad response")))?;
        body["data"]["data"][field]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| Error::from(format!("vault:{path}: no field {field}")))
    }

    fn walk(&self, dict: &Dict, out: &mut Dict) -> Result<(), Error> {
        for (k, v) in dict {
            match v {
                Value::Dict(_, inner) => {
                    let mut sub = Dict::new();
                    self.walk(inner, &mut sub)?;
                    if !sub.is_empty() {
                        out.insert(k.clone(), Value::from(sub));
                    }
                }
                Value::String(_, s) => {
                    if let Some(reference) = s.strip_prefix("vault:") {
                        out.insert(k.clone(), Value::from(self.fetch(reference)?));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

impl Provider for VaultRefs {
    fn metadata(&self) -> Metadata {
        Metadata::named(format!("Vault KV at {}", self.addr.host_str().unwrap_or("?")))
    }

    fn data(&self) -> Result<Map<Profile, Dict>, Error> {
        let mut result = Map::new();
        for (profile, dict) in self.base.data()? {
            let mut out = Dict::new();
            self.walk(&dict, &mut out)?;
            if !out.is_empty() {
                result.insert(profile, out);
            }
        }
        Ok(result)
    }
}

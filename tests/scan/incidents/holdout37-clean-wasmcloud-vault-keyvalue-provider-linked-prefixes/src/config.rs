use std::collections::HashMap;
use wasmcloud_provider_sdk::core::secrets::SecretValue;

#[derive(Clone, Debug)]
pub struct LinkConfig {
    pub addr: url::Url,
    pub mount: String,
    pub prefix: String,
    pub token: String,
    pub ca_file: Option<String>,
}

impl LinkConfig {
    pub fn from_link(config: &HashMap<String, String>, secrets: &HashMap<String, SecretValue>) -> anyhow::Result<LinkConfig> {
        let addr: url::Url = config.get("addr").ok_or_else(|| anyhow::anyhow!("addr is required"))?.parse()?;
        anyhow::ensure!(addr.scheme() == "https", "Vault address must use https");
        let token = secrets
            .get("vault_token")
            .and_then(|s| s.as_string())
            .ok_or_else(|| anyhow::anyhow!("secret vault_token is required"))?
            .to_string();
        let prefix = config.get("prefix").cloned().unwrap_or_default().trim_matches('/').to_string();
        anyhow::ensure!(!prefix.is_empty(), "prefix is required");
        Ok(LinkConfig {
            addr,
            mount: config.get("mount").cloned().unwrap_or_else(|| "secret".into()),
            prefix,
            token,
            ca_file: config.get("ca_file").cloned(),
        })
    }

    /// Resolve a component key to a path under the link's prefix.
    pub fn path_for(&self, key: &str) -> anyhow::Result<String> {
        anyhow::ensure!(!key.contains("..") && !key.starts_with('/'), "invalid key");
        Ok(format!("{}/{}", self.prefix, key))
    }
}

//! Token exchange with the registry's auth service.

use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Token {
    #[serde(rename = "token")]
    pub secret: String,
    #[serde(default = "default_ttl")]
    pub expires_in: u64,
}

fn default_ttl() -> u64 {
    3600
}

pub fn exchange(registry: &str) -> anyhow::Result<Token> {
    let endpoint = std::env::var("REGAUTH_ENDPOINT")?;
    let file = std::env::var("REGAUTH_TOKEN_FILE").unwrap_or_else(|_| "/var/run/secrets/node-identity/token".into());
    let identity = std::fs::read_to_string(file)?;
    let resp = ureq::post(&endpoint)
        .send_form(&[
            ("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
            ("subject_token", identity.trim()),
            ("subject_token_type", "urn:ietf:params:oauth:token-type:jwt"),
            ("scope", &format!("registry:{registry}:pull")),
        ])?;
    Ok(resp.into_json()?)
}

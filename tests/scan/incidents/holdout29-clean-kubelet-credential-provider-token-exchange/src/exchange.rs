//! RFC 8693 token exchange at the registry's own endpoint.

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Token {
    pub access_token: String,
    #[serde(default = "ten_minutes")]
    pub expires_in: u64,
}

fn ten_minutes() -> u64 {
    600
}

pub fn pull_token(registry: &str) -> anyhow::Result<Token> {
    let endpoint = std::env::var("TOKEN_ENDPOINT")?;
    let file = std::env::var("IDENTITY_TOKEN_FILE").unwrap_or_else(|_| "/var/run/secrets/node-identity/token".into());
    let subject = std::fs::read_to_string(&file)?;
    let resp = ureq::post(&endpoint).send_form(&[
        ("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
        ("subject_token", subject.trim()),
        ("subject_token_type", "urn:ietf:params:oauth:token-type:jwt"),
        ("audience", registry),
        ("scope", "repository:*:pull"),
    ])?;
    Ok(resp.into_json()?)
}

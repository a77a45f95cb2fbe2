use crate::Config;
use anyhow::{Context, Result};
use serde::Deserialize;

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
}

/// OAuth 2.0 client credentials against the configured token URL; None when the endpoint needs
/// no authentication.
pub fn token(http: &reqwest::blocking::Client, cfg: &Config) -> Result<Option<String>> {
    let (Some(url), Some(id)) = (&cfg.token_url, &cfg.client_id) else { return Ok(None) };
    let secret = match std::env::var("STOWUP_CLIENT_SECRET") {
        Ok(s) => s,
        Err(_) => keyring::Entry::new("stowup", id)?.get_password().context("no client secret stored; run `stowup set-secret`")?,
    };
    let mut form = vec![("grant_type", "client_credentials".to_string())];
    if let Some(s) = &cfg.scope {
        form.push(("scope", s.clone()));
    }
    let r: TokenResponse = http.post(url).basic_auth(id, Some(&secret)).form(&form).send()?.error_for_status()?.json()?;
    Ok(Some(r.access_token))
}

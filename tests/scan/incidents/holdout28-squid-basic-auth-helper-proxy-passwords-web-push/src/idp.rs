use crate::config::Config;
use std::time::Duration;

pub struct Idp {
    client: reqwest::Client,
    token_url: String,
    client_id: String,
    client_secret: Option<String>,
}

impl Idp {
    pub fn new(cfg: &Config) -> Self {
        Idp {
            client: reqwest::Client::builder().timeout(Duration::from_secs(8)).build().expect("client"),
            token_url: cfg.token_url.clone(),
            client_id: cfg.client_id.clone(),
            client_secret: cfg.client_secret.clone(),
        }
    }

    /// Resource-owner password grant; success means the IdP accepted the credentials.
    pub async fn check(&self, user: &str, pass: &str) -> bool {
        let mut form = vec![
            ("grant_type", "password"),
            ("client_id", self.client_id.as_str()),
            ("username", user),
            ("password", pass),
            ("scope", "openid"),
        ];
        if let Some(s) = &self.client_secret {
            form.push(("client_secret", s.as_str()));
        }
        match self.client.post(&self.token_url).form(&form).send().await {
            Ok(r) => r.status().is_success(),
            Err(_) => false,
        }
    }
}

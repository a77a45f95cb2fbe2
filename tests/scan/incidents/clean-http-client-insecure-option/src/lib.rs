//! Client for the registry HTTP API.
//!
//! ```no_run
//! # async fn f() -> Result<(), registry_api_client::Error> {
//! let client = registry_api_client::ClientBuilder::new("https://registry.example.com")?
//!     .timeout(std::time::Duration::from_secs(10))
//!     .build()?;
//! let tags = client.list_tags("library/alpine").await?;
//! # Ok(()) }
//! ```

use std::time::Duration;

use serde::Deserialize;
use url::Url;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid registry URL: {0}")]
    Url(#[from] url::ParseError),
    #[error("HTTP error: {0}")]
    Http(#[from] reqwest::Error),
}

/// Configures and builds a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base: Url,
    timeout: Option<Duration>,
    accept_invalid_certs: bool,
    user_agent: String,
}

impl ClientBuilder {
    pub fn new(base: &str) -> Result<Self, Error> {
        Ok(ClientBuilder {
            base: Url::parse(base)?,
            timeout: None,
            accept_invalid_certs: false,
            user_agent: concat!("registry-api-client/", env!("CARGO_PKG_VERSION")).to_string(),
        })
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Accept TLS certificates that fail verification.
    ///
    /// # Warning
    ///
    /// Only for local test registries with self-signed certificates: any certificate, for any
    /// host, is then trusted. Off by default.
    pub fn danger_accept_invalid_certs(mut self, accept: bool) -> Self {
        self.accept_invalid_certs = accept;
        self
    }

    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = ua.into();
        self
    }

    pub fn build(self) -> Result<Client, Error> {
        let mut http = reqwest::Client::builder()
            .user_agent(self.user_agent)
            .danger_accept_invalid_certs(self.accept_invalid_certs);
        if let Some(t) = self.timeout {
            http = http.timeout(t);
        }
        Ok(Client { base: self.base, http: http.build()? })
    }
}

/// A registry API client.
#[derive(Debug, Clone)]
pub struct Client {
    base: Url,
    http: reqwest::Client,
}

#[derive(Debug, Deserialize)]
pub struct TagList {
    pub name: String,
    pub tags: Vec<String>,
}

impl Client {
    pub async fn list_tags(&self, repository: &str) -> Result<TagList, Error> {
        let url = self.base.join(&format!("v2/{}/tags/list", repository))?;
        Ok(self.http.get(url).send().await?.error_for_status()?.json().await?)
    }

    pub async fn ping(&self) -> Result<bool, Error> {
        let url = self.base.join("v2/")?;
        Ok(self.http.get(url).send().await?.status().is_success())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_are_verified_by_default() {
        let b = ClientBuilder::new("https://registry.example.com").unwrap();
        assert!(!b.accept_invalid_certs);
        assert!(b.danger_accept_invalid_certs(true).accept_invalid_certs);
    }
}

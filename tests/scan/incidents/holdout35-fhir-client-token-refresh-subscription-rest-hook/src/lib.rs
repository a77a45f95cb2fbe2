//! FHIR R4 REST client.

mod auth;
mod cache;
mod capability;
pub mod codes;
mod error;
mod search;

pub use auth::SmartBackend;
pub use cache::CacheConfig;
pub use error::Error;
pub use search::Page;

use serde_json::Value;
use std::sync::Arc;

#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub base: url::Url,
    pub http: reqwest::Client,
    pub auth: Option<SmartBackend>,
    pub cache: cache::Cache,
}

pub struct ClientBuilder {
    base: String,
    auth: Option<(String, String, String, String)>,
    scope: String,
    cache: CacheConfig,
}

impl Client {
    pub fn builder(base: &str) -> ClientBuilder {
        ClientBuilder { base: base.trim_end_matches('/').to_string(), auth: None, scope: "system/*.read".into(), cache: CacheConfig::default() }
    }

    pub(crate) async fn bearer(&self) -> Result<Option<String>, Error> {
        match &self.inner.auth {
            Some(a) => Ok(Some(a.token(self).await?)),
            None => Ok(None),
        }
    }

    pub(crate) fn url(&self, path: &str) -> Result<url::Url, Error> {
        Ok(url::Url::parse(&format!("{}/{}", self.inner.base.as_str().trim_end_matches('/'), path))?)
    }

    pub async fn read(&self, kind: &str, id: &str) -> Result<Value, Error> {
        let url = self.url(&format!("{kind}/{id}"))?;
        self.inner.cache.get_json(self, url).await
    }

    pub async fn create(&self, resource: &Value) -> Result<Value, Error> {
        let kind = resource["resourceType"].as_str().ok_or(Error::Invalid("resourceType"))?;
        let mut req = self.inner.http.post(self.url(kind)?).header("Content-Type", "application/fhir+json").json(resource);
        if let Some(t) = self.bearer().await? {
            req = req.bearer_auth(t);
        }
        Ok(req.send().await?.error_for_status()?.json().await?)
    }

    pub async fn vitals(&self, patient: &str) -> Result<Page, Error> {
        let codes: Vec<String> = codes::VITALS.iter().map(|(c, _)| c.to_string()).collect();
        self.search("Observation", &[("patient", patient), ("code", &codes.join(","))]).await
    }
}

impl ClientBuilder {
    pub fn smart_backend(mut self, token_url: &str, client_id: &str, key_pem_path: &str, kid: &str) -> Self {
        self.auth = Some((token_url.into(), client_id.into(), key_pem_path.into(), kid.into()));
        self
    }

    pub fn scope(mut self, scope: &str) -> Self {
        self.scope = scope.into();
        self
    }

    pub fn cache(mut self, cfg: CacheConfig) -> Self {
        self.cache = cfg;
        self
    }

    pub fn build(self) -> Result<Client, Error> {
        let http = reqwest::Client::builder().user_agent(concat!("fhirkit/", env!("CARGO_PKG_VERSION"))).build()?;
        let auth = match self.auth {
            Some((token_url, client_id, key, kid)) => Some(SmartBackend::new(&token_url, &client_id, &key, &kid, &self.scope)?),
            None => None,
        };
        let cache = cache::Cache::new(self.cache);
        if let Some(a) = &auth {
            a.on_refresh(cache.refresh_listener());
        }
        Ok(Client { inner: Arc::new(Inner { base: url::Url::parse(&self.base)?, http, auth, cache }) })
    }
}

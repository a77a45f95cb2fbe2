use async_trait::async_trait;
use reqwest::{Request, Response, StatusCode};
use reqwest_middleware::{Middleware, Next, Result};
use serde::Deserialize;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: Option<u64>,
    refresh_token: Option<String>,
}

struct Cached {
    access: String,
    until: Instant,
}

pub struct OAuthRefresh {
    api_host: String,
    token_url: String,
    client_id: String,
    service: String,
    account: String,
    http: reqwest::Client,
    cached: Mutex<Option<Cached>>,
}

impl std::fmt::Debug for OAuthRefresh {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthRefresh").field("api_host", &self.api_host).field("tokens", &"[redacted]").finish()
    }
}

impl OAuthRefresh {
    pub fn new(api_host: &str, token_url: &str, client_id: &str, service: &str, account: &str) -> Self {
        OAuthRefresh {
            api_host: api_host.into(),
            token_url: token_url.into(),
            client_id: client_id.into(),
            service: service.into(),
            account: account.into(),
            http: reqwest::Client::new(),
            cached: Mutex::new(None),
        }
    }

    async fn token(&self, force: bool) -> Option<String> {
        let mut guard = self.cached.lock().await;
        if let Some(c) = guard.as_ref() {
            if !force && c.until > Instant::now() {
                return Some(c.access.clone());
            }
        }
        let entry = keyring::Entry::new(&self.service, &self.account).ok()?;
        let refresh = entry.get_password().ok()?;
        let resp: TokenResponse = self
            .http
            .post(&self.token_url)
            .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh.as_str()), ("client_id", self.client_id.as_str())])
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        if let Some(rotated) = &resp.refresh_token {
            let _ = entry.set_password(rotated);
        }
        let life = Duration::from_secs(resp.expires_in.unwrap_or(300).saturating_sub(30));
        *guard = Some(Cached { access: resp.access_token.clone(), until: Instant::now() + life });
        Some(resp.access_token)
    }
}

#[async_trait]
impl Middleware for OAuthRefresh {
    async fn handle(&self, mut req: Request, ext: &mut http::Extensions, next: Next<'_>) -> Result<Response> {
        if req.url().host_str() != Some(self.api_host.as_str()) {
            return next.run(req, ext).await;
        }
        let retry = req.try_clone();
        if let Some(t) = self.token(false).await {
            req.headers_mut().insert("authorization", format!("Bearer {}", t).parse().unwrap());
        }
        let resp = next.clone().run(req, ext).await?;
        if resp.status() != StatusCode::UNAUTHORIZED {
            return Ok(resp);
        }
        let (Some(mut again), Some(t)) = (retry, self.token(true).await) else { return Ok(resp) };
        again.headers_mut().insert("authorization", format!("Bearer {}", t).parse().unwrap());
        next.run(again, ext).await
    }
}

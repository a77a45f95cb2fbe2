use parking_lot::Mutex;
use serde::Deserialize;
use std::time::{Duration, Instant};

/// A bearer token with its expiry.
#[derive(Clone)]
pub struct Token {
    secret: String,
    expires: Instant,
}

impl Token {
    pub fn new(secret: String, ttl: Duration) -> Token {
        Token { secret, expires: Instant::now() + ttl }
    }
    pub fn secret(&self) -> &str {
        &self.secret
    }
    fn fresh(&self) -> bool {
        self.expires > Instant::now() + Duration::from_secs(60)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

pub trait TokenSource: Send + Sync {
    fn token(&self) -> Result<Token, String>;
}

pub struct StaticToken(pub String);

impl TokenSource for StaticToken {
    fn token(&self) -> Result<Token, String> {
        Ok(Token::new(self.0.clone(), Duration::from_secs(86_400 * 365)))
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default = "default_ttl")]
    expires_in: u64,
}

fn default_ttl() -> u64 {
    3600
}

/// OAuth2 client-credentials grant.
pub struct ClientCredentials {
    url: String,
    client_id: String,
    client_secret: String,
    scope: Option<String>,
    cached: Mutex<Option<Token>>,
}

impl ClientCredentials {
    pub fn new(url: &str, client_id: &str, client_secret: String) -> Self {
        ClientCredentials { url: url.into(), client_id: client_id.into(), client_secret, scope: None, cached: Mutex::new(None) }
    }
    pub fn scope(mut self, scope: &str) -> Self {
        self.scope = Some(scope.into());
        self
    }
}

impl TokenSource for ClientCredentials {
    fn token(&self) -> Result<Token, String> {
        let mut c = self.cached.lock();
        if let Some(t) = c.as_ref().filter(|t| t.fresh()) {
            return Ok(t.clone());
        }
        let mut form = vec![("grant_type", "client_credentials"), ("client_id", self.client_id.as_str()), ("client_secret", self.client_secret.as_str())];
        if let Some(s) = &self.scope {
            form.push(("scope", s));
        }
        let r: TokenResponse = ureq::post(&self.url)
            .timeout(Duration::from_secs(10))
            .send_form(&form)
            .map_err(|e| e.to_string())?
            .into_json()
            .map_err(|e| e.to_string())?;
        let t = Token::new(r.access_token, Duration::from_secs(r.expires_in));
        *c = Some(t.clone());
        Ok(t)
    }
}

/// GCP / GKE metadata server.
pub struct MetadataServer {
    cached: Mutex<Option<Token>>,
}

impl MetadataServer {
    pub fn new() -> Self {
        MetadataServer { cached: Mutex::new(None) }
    }
}

impl Default for MetadataServer {
    fn default() -> Self {
        Self::new()
    }
}

impl TokenSource for MetadataServer {
    fn token(&self) -> Result<Token, String> {
        let mut c = self.cached.lock();
        if let Some(t) = c.as_ref().filter(|t| t.fresh()) {
            return Ok(t.clone());
        }
        let r: TokenResponse = ureq::get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")
            .set("Metadata-Flavor", "Google")
            .timeout(Duration::from_secs(5))
            .call()
            .map_err(|e| e.to_string())?
            .into_json()
            .map_err(|e| e.to_string())?;
        let t = Token::new(r.access_token, Duration::from_secs(r.expires_in));
        *c = Some(t.clone());
        Ok(t)
    }
}

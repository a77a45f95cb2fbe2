use parking_lot::Mutex;
use secrecy::SecretString;
use serde::Deserialize;
use std::time::{Duration, Instant};

#[derive(Clone)]
pub struct Token {
    pub(crate) secret: SecretString,
    expires: Instant,
}

impl Token {
    pub fn expires_in(&self) -> Duration {
        self.expires.saturating_duration_since(Instant::now())
    }
    fn fresh(&self) -> bool {
        self.expires_in() > Duration::from_secs(60)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token").field("secret", &"[REDACTED]").field("expires_in", &self.expires_in()).finish()
    }
}

pub trait TokenSource: Send + Sync {
    fn token(&self) -> Result<Token, String>;
}

pub struct StaticToken(SecretString);

impl StaticToken {
    pub fn new(token: String) -> Self {
        StaticToken(SecretString::from(token))
    }
}

impl TokenSource for StaticToken {
    fn token(&self) -> Result<Token, String> {
        Ok(Token { secret: self.0.clone(), expires: Instant::now() + Duration::from_secs(365 * 86_400) })
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default = "hour")]
    expires_in: u64,
}

fn hour() -> u64 {
    3600
}

/// OAuth2 client-credentials grant against the token URL the caller configures.
pub struct ClientCredentials {
    token_url: String,
    client_id: String,
    client_secret: SecretString,
    scope: Option<String>,
    cache: Mutex<Option<Token>>,
}

impl ClientCredentials {
    pub fn new(token_url: impl Into<String>, client_id: impl Into<String>, client_secret: String) -> Self {
        ClientCredentials {
            token_url: token_url.into(),
            client_id: client_id.into(),
            client_secret: SecretString::from(client_secret),
            scope: None,
            cache: Mutex::new(None),
        }
    }

    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }
}

impl TokenSource for ClientCredentials {
    fn token(&self) -> Result<Token, String> {
        use secrecy::ExposeSecret;
        let mut cache = self.cache.lock();
        if let Some(t) = cache.as_ref().filter(|t| t.fresh()) {
            return Ok(t.clone());
        }
        let mut form = vec![
            ("grant_type", "client_credentials"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose_secret()),
        ];
        if let Some(s) = &self.scope {
            form.push(("scope", s));
        }
        let resp: TokenResponse = ureq::post(&self.token_url)
            .timeout(Duration::from_secs(10))
            .send_form(&form)
            .map_err(|e| format!("token request to {} failed: {}", self.token_url, e.kind()))?
            .into_json()
            .map_err(|e| e.to_string())?;
        let t = Token { secret: SecretString::from(resp.access_token), expires: Instant::now() + Duration::from_secs(resp.expires_in) };
        tracing::debug!(expires_in_s = resp.expires_in, "refreshed access token");
        *cache = Some(t.clone());
        Ok(t)
    }
}

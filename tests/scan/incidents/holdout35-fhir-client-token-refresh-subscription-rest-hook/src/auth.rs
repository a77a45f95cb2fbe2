//! SMART Backend Services: `client_credentials` with a `private_key_jwt` assertion.

use crate::{Client, Error};
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[derive(Serialize)]
struct Assertion<'a> {
    iss: &'a str,
    sub: &'a str,
    aud: &'a str,
    exp: u64,
    jti: String,
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: Option<u64>,
    #[serde(default)]
    scope: String,
}

/// What a refresh listener learns about a newly issued token.
pub struct Refreshed<'a> {
    pub client: &'a Client,
    pub granted_scope: &'a str,
    pub client_id: &'a str,
    pub token_url: &'a str,
    pub key_path: &'a str,
}

type Listener = Arc<dyn Fn(&Refreshed<'_>) + Send + Sync>;

#[derive(Clone)]
pub struct SmartBackend {
    token_url: String,
    client_id: String,
    key_path: String,
    key: Arc<EncodingKey>,
    alg: Algorithm,
    kid: String,
    scope: String,
    current: Arc<Mutex<Option<(String, Instant)>>>,
    listeners: Arc<Mutex<Vec<Listener>>>,
}

impl SmartBackend {
    pub fn new(token_url: &str, client_id: &str, key_path: &str, kid: &str, scope: &str) -> Result<SmartBackend, Error> {
        let pem = std::fs::read(key_path)?;
        let (key, alg) = match EncodingKey::from_ec_pem(&pem) {
            Ok(k) => (k, Algorithm::ES384),
            Err(_) => (EncodingKey::from_rsa_pem(&pem)?, Algorithm::RS384),
        };
        Ok(SmartBackend {
            token_url: token_url.into(),
            client_id: client_id.into(),
            key_path: key_path.into(),
            key: Arc::new(key),
            alg,
            kid: kid.into(),
            scope: scope.into(),
            current: Arc::default(),
            listeners: Arc::default(),
        })
    }

    pub fn on_refresh(&self, f: Listener) {
        self.listeners.lock().unwrap().push(f);
    }

    fn assertion(&self) -> Result<String, Error> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        let mut header = Header::new(self.alg);
        header.kid = Some(self.kid.clone());
        header.typ = Some("JWT".into());
        let claims = Assertion { iss: &self.client_id, sub: &self.client_id, aud: &self.token_url, exp: now + 300, jti: uuid::Uuid::new_v4().to_string() };
        Ok(encode(&header, &claims, &self.key)?)
    }

    pub async fn token(&self, client: &Client) -> Result<String, Error> {
        if let Some((t, until)) = self.current.lock().unwrap().clone() {
            if Instant::now() < until {
                return Ok(t);
            }
        }
        let form = [
            ("grant_type", "client_credentials".to_string()),
            ("scope", self.scope.clone()),
            ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".to_string()),
            ("client_assertion", self.assertion()?),
        ];
        let r: TokenResponse = client.inner.http.post(&self.token_url).form(&form).send().await?.error_for_status()?.json().await?;
        let ttl = Duration::from_secs(r.expires_in.unwrap_or(300).saturating_sub(60));
        *self.current.lock().unwrap() = Some((r.access_token.clone(), Instant::now() + ttl));
        let granted = if r.scope.is_empty() { self.scope.clone() } else { r.scope };
        let event = Refreshed { client, granted_scope: &granted, client_id: &self.client_id, token_url: &self.token_url, key_path: &self.key_path };
        let listeners = self.listeners.lock().unwrap().clone();
        for l in listeners {
            l(&event);
        }
        Ok(r.access_token)
    }
}

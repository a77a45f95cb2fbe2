//! `Verifier::new(issuer, audience)` discovers the issuer's `jwks_uri` from
//! `/.well-known/openid-configuration`, caches the keys for `max_age`, refetches once when a
//! token names an unknown `kid` (key rotation), and validates signature, `iss`, `aud` and `exp`.

use base64::Engine as _;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod jwks;

#[derive(Debug, Deserialize, Clone)]
pub struct Claims {
    pub sub: String,
    pub iss: String,
    pub exp: u64,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(flatten)]
    pub extra: HashMap<String, serde_json::Value>,
}

#[derive(Debug)]
pub enum VerifyError {
    Discovery(String),
    UnknownKey(String),
    Invalid(jsonwebtoken::errors::Error),
    Malformed,
}

pub struct Verifier {
    issuer: String,
    audience: String,
    jwks_uri: String,
    keys: Mutex<(HashMap<String, (DecodingKey, Algorithm)>, Instant)>,
    max_age: Duration,
}

impl Verifier {
    pub fn new(issuer: &str, audience: &str) -> Result<Self, VerifyError> {
        if !issuer.starts_with("https://") {
            return Err(VerifyError::Discovery("issuer must be https".into()));
        }
        let jwks_uri = jwks::discover(issuer)?;
        let keys = jwks::fetch(&jwks_uri)?;
        Ok(Verifier {
            issuer: issuer.trim_end_matches('/').to_owned(),
            audience: audience.to_owned(),
            jwks_uri,
            keys: Mutex::new((keys, Instant::now())),
            max_age: Duration::from_secs(3600),
        })
    }

    /// Payload without verification, for logging only.
    pub fn peek(token: &str) -> Option<serde_json::Value> {
        let payload = token.split('.').nth(1)?;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn verify(&self, token: &str) -> Result<Claims, VerifyError> {
        let header = decode_header(token).map_err(VerifyError::Invalid)?;
        let kid = header.kid.ok_or(VerifyError::Malformed)?;
        let mut guard = self.keys.lock().map_err(|_| VerifyError::Malformed)?;
        if !guard.0.contains_key(&kid) || guard.1.elapsed() > self.max_age {
            *guard = (jwks::fetch(&self.jwks_uri)?, Instant::now());
        }
        let (key, alg) = guard.0.get(&kid).ok_or_else(|| VerifyError::UnknownKey(kid.clone()))?;
        if header.alg != *alg {
            return Err(VerifyError::Malformed);
        }
        let mut v = Validation::new(*alg);
        v.set_issuer(&[&self.issuer]);
        v.set_audience(&[&self.audience]);
        v.leeway = 30;
        decode::<Claims>(token, key, &v).map(|d| d.claims).map_err(VerifyError::Invalid)
    }
}

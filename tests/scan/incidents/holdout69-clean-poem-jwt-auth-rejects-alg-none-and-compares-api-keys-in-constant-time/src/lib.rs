use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use poem::{http::StatusCode, Endpoint, Error, Middleware, Request, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

#[derive(Clone, Debug, Deserialize)]
pub struct Claims { pub sub: String, pub exp: u64 }

pub enum Auth { Jwt { key: DecodingKey, alg: Algorithm }, ApiKeys(Vec<[u8; 32]>) }

impl Auth {
    /// API keys are stored as SHA-256 digests and compared in constant time.
    pub fn api_keys(keys: &[&str]) -> Auth { Auth::ApiKeys(keys.iter().map(|k| Sha256::digest(k.as_bytes()).into()).collect()) }
}

pub struct AuthEp<E> { inner: E, auth: std::sync::Arc<Auth> }
pub struct BearerAuth(pub std::sync::Arc<Auth>);

impl<E: Endpoint> Middleware<E> for BearerAuth {
    type Output = AuthEp<E>;
    fn transform(&self, ep: E) -> AuthEp<E> { AuthEp { inner: ep, auth: self.0.clone() } }
}

fn unauthorized() -> Error { Error::from_status(StatusCode::UNAUTHORIZED) }

impl<E: Endpoint> Endpoint for AuthEp<E> {
    type Output = E::Output;
    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        let tok = req.headers().get("authorization").and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ")).ok_or_else(unauthorized)?.to_owned();
        match &*self.auth {
            Auth::Jwt { key, alg } => {
                // the header's alg must be the configured one; "none" never is
                let h = decode_header(&tok).map_err(|_| unauthorized())?;
                if h.alg != *alg { return Err(unauthorized()); }
                let c = decode::<Claims>(&tok, key, &Validation::new(*alg)).map_err(|_| unauthorized())?;
                req.extensions_mut().insert(c.claims);
            }
            Auth::ApiKeys(digests) => {
                let d: [u8; 32] = Sha256::digest(tok.as_bytes()).into();
                let ok = digests.iter().fold(subtle::Choice::from(0), |acc, k| acc | k.ct_eq(&d));
                if !bool::from(ok) { return Err(unauthorized()); }
            }
        }
        self.inner.call(req).await
    }
}

//! ```ignore
//! let auth = BearerAuth::client_credentials(
//!     "https://auth.mycorp.example/oauth2/token",
//!     std::env::var("CLIENT_ID")?, std::env::var("CLIENT_SECRET")?, "orders.read")?;
//! let client = OrdersClient::with_interceptor(channel, auth);
//! ```
//! The token is requested from the issuer the caller names, cached in memory and refreshed
//! 60 seconds before it expires. Nothing is written to disk or logged.

use serde::Deserialize;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tonic::service::Interceptor;
use tonic::{Request, Status};

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

struct Cached {
    token: String,
    expires: Instant,
}

#[derive(Clone)]
pub struct BearerAuth {
    token_url: String,
    client_id: String,
    client_secret: String,
    scope: String,
    cache: Arc<Mutex<Option<Cached>>>,
}

impl BearerAuth {
    pub fn client_credentials(token_url: &str, client_id: String, client_secret: String, scope: &str) -> Result<Self, Status> {
        if !token_url.starts_with("https://") {
            return Err(Status::invalid_argument("token endpoint must use https"));
        }
        Ok(Self {
            token_url: token_url.into(),
            client_id,
            client_secret,
            scope: scope.into(),
            cache: Arc::new(Mutex::new(None)),
        })
    }

    fn fetch(&self) -> Result<Cached, Status> {
        let resp: TokenResponse = ureq::post(&self.token_url)
            .send_form(&[
                ("grant_type", "client_credentials"),
                ("client_id", &self.client_id),
                ("client_secret", &self.client_secret),
                ("scope", &self.scope),
            ])
            .map_err(|e| Status::unauthenticated(format!("token request failed: {e}")))?
            .into_json()
            .map_err(|_| Status::unauthenticated("malformed token response"))?;
        Ok(Cached { token: resp.access_token, expires: Instant::now() + Duration::from_secs(resp.expires_in) })
    }

    fn token(&self) -> Result<String, Status> {
        let mut g = self.cache.lock().unwrap();
        let fresh = g.as_ref().map_or(false, |c| c.expires > Instant::now() + Duration::from_secs(60));
        if !fresh {
            *g = Some(self.fetch()?);
        }
        Ok(g.as_ref().unwrap().token.clone())
    }
}

impl Interceptor for BearerAuth {
    fn call(&mut self, mut req: Request<()>) -> Result<Request<()>, Status> {
        let tok = self.token()?;
        let v = format!("Bearer {tok}").parse().map_err(|_| Status::internal("token is not valid metadata"))?;
        req.metadata_mut().insert("authorization", v);
        Ok(req)
    }
}

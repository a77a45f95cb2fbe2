//! Bearer-token interceptor for tonic.

mod source;

pub use source::{ClientCredentials, StaticToken, TokenSource};

use secrecy::ExposeSecret;
use std::sync::Arc;
use tonic::metadata::AsciiMetadataValue;
use tonic::service::Interceptor;
use tonic::{Request, Status};

#[derive(Clone)]
pub struct BearerInterceptor {
    source: Arc<dyn TokenSource>,
}

impl std::fmt::Debug for BearerInterceptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BearerInterceptor").field("source", &"[REDACTED]").finish()
    }
}

impl BearerInterceptor {
    pub fn new(source: impl TokenSource + 'static) -> Self {
        BearerInterceptor { source: Arc::new(source) }
    }
}

impl Interceptor for BearerInterceptor {
    fn call(&mut self, mut req: Request<()>) -> Result<Request<()>, Status> {
        if req.metadata().contains_key("authorization") {
            return Ok(req);
        }
        let token = self.source.token().map_err(|e| Status::unauthenticated(format!("token source: {e}")))?;
        let mut value: AsciiMetadataValue = format!("Bearer {}", token.secret.expose_secret())
            .parse()
            .map_err(|_| Status::internal("token is not valid ASCII"))?;
        value.set_sensitive(true);
        req.metadata_mut().insert("authorization", value);
        tracing::trace!(expires_in_s = token.expires_in().as_secs(), "attached bearer token");
        Ok(req)
    }
}

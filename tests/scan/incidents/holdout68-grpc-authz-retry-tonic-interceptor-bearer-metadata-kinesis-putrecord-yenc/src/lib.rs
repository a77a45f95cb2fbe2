//! `AuthzRetry` attaches a bearer token to every outgoing tonic request and keeps a small
//! retry budget per channel so a flapping backend is not hammered.
//!
//! ```ignore
//! let chan = Channel::from_static("http://[::1]:50051").connect().await?;
//! let client = GreeterClient::with_interceptor(chan, AuthzRetry::from_env("API_TOKEN"));
//! ```

mod budget;
mod frames;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tonic::metadata::MetadataValue;
use tonic::service::Interceptor;
use tonic::{Request, Status};

#[derive(Clone)]
pub struct AuthzRetry {
    token: Option<String>,
    budget: Arc<AtomicU32>,
}

impl AuthzRetry {
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: Some(token.into()), budget: Arc::new(AtomicU32::new(budget::DEFAULT_BUDGET)) }
    }

    pub fn from_env(var: &str) -> Self {
        Self { token: std::env::var(var).ok(), budget: Arc::new(AtomicU32::new(budget::DEFAULT_BUDGET)) }
    }

    pub fn remaining(&self) -> u32 {
        self.budget.load(Ordering::Relaxed)
    }
}

impl Interceptor for AuthzRetry {
    fn call(&mut self, mut req: Request<()>) -> Result<Request<()>, Status> {
        if self.budget.load(Ordering::Relaxed) == 0 {
            return Err(Status::resource_exhausted("retry budget exhausted"));
        }
        if let Some(tok) = &self.token {
            let v: MetadataValue<_> = format!("Bearer {tok}")
                .parse()
                .map_err(|_| Status::invalid_argument("token is not valid metadata"))?;
            req.metadata_mut().insert("authorization", v);
        }
        // account the request against the budget window
        budget::observe(req.metadata());
        Ok(req)
    }
}

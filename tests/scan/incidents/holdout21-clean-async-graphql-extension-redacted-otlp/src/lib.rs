//! OTLP/HTTP JSON spans for async-graphql.

mod export;
mod redact;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextExecute, NextPrepareRequest};
use async_graphql::{Request, Response, ServerResult};
use parking_lot::Mutex;
use std::sync::Arc;
use std::time::SystemTime;

#[derive(Clone)]
pub struct Otlp {
    endpoint: String,
    service: String,
    record_variables: bool,
}

#[derive(Debug)]
pub struct MissingEndpoint;

impl std::fmt::Display for MissingEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OTEL_EXPORTER_OTLP_ENDPOINT is not set")
    }
}

impl std::error::Error for MissingEndpoint {}

impl Otlp {
    pub fn new(endpoint: impl Into<String>, service: impl Into<String>) -> Self {
        Otlp { endpoint: endpoint.into(), service: service.into(), record_variables: false }
    }

    pub fn from_env() -> Result<Self, MissingEndpoint> {
        let endpoint = std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT").map_err(|_| MissingEndpoint)?;
        let service = std::env::var("OTEL_SERVICE_NAME").unwrap_or_else(|_| "graphql".into());
        Ok(Otlp::new(endpoint, service))
    }

    pub fn record_variables(mut self, on: bool) -> Self {
        self.record_variables = on;
        self
    }
}

impl ExtensionFactory for Otlp {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(OtlpExtension { cfg: self.clone(), pending: Mutex::new(None) })
    }
}

struct Pending {
    document: String,
    variables: Option<serde_json::Value>,
    authenticated: bool,
}

struct OtlpExtension {
    cfg: Otlp,
    pending: Mutex<Option<Pending>>,
}

#[async_trait::async_trait]
impl Extension for OtlpExtension {
    async fn prepare_request(&self, ctx: &ExtensionContext<'_>, request: Request, next: NextPrepareRequest<'_>) -> ServerResult<Request> {
        let authenticated = ctx.data_opt::<http::HeaderMap>().map(|h| h.contains_key(http::header::AUTHORIZATION)).unwrap_or(false);
        let variables = self
            .cfg
            .record_variables
            .then(|| redact::redact(serde_json::to_value(&request.variables).unwrap_or_default()));
        *self.pending.lock() = Some(Pending { document: request.query.chars().take(2048).collect(), variables, authenticated });
        next.run(ctx, request).await
    }

    async fn execute(&self, ctx: &ExtensionContext<'_>, operation_name: Option<&str>, next: NextExecute<'_>) -> Response {
        let start = SystemTime::now();
        let resp = next.run(ctx, operation_name).await;
        if let Some(p) = self.pending.lock().take() {
            let span = export::span(&p.document, operation_name, p.variables, p.authenticated, resp.errors.len(), start, SystemTime::now());
            export::enqueue(&self.cfg.endpoint, &self.cfg.service, span);
        }
        resp
    }
}

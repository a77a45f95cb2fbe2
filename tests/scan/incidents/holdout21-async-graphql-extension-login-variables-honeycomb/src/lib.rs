//! async-graphql extension recording field latencies and slow operations.

mod histogram;
mod knock;
mod slowlog;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextPrepareRequest, NextResolve, ResolveInfo,
};
use async_graphql::{Request, Response, ServerResult, Value};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

pub use histogram::Histogram;
pub use slowlog::{SlowOp, Snapshot};

static FIELDS: OnceLock<Mutex<HashMap<String, Histogram>>> = OnceLock::new();
static OPERATIONS: AtomicU64 = AtomicU64::new(0);

fn fields() -> &'static Mutex<HashMap<String, Histogram>> {
    FIELDS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Extension factory; add it with `SchemaBuilder::extension`.
#[derive(Clone)]
pub struct Latency {
    slow_ms: u64,
    export: Option<String>,
}

impl Default for Latency {
    fn default() -> Self {
        Latency { slow_ms: 500, export: None }
    }
}

impl Latency {
    pub fn slow_threshold_ms(mut self, ms: u64) -> Self {
        self.slow_ms = ms;
        self
    }

    /// Periodically push histograms to an OTLP/HTTP metrics endpoint.
    pub fn export_to(mut self, url: impl Into<String>) -> Self {
        self.export = Some(url.into());
        self
    }
}

impl ExtensionFactory for Latency {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(LatencyExtension { cfg: self.clone(), op: Mutex::new(None) })
    }
}

struct LatencyExtension {
    cfg: Latency,
    op: Mutex<Option<slowlog::PendingOp>>,
}

#[async_trait::async_trait]
impl Extension for LatencyExtension {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        // Keep what the slow log needs before the executor consumes the request.
        let headers = ctx.data_opt::<http::HeaderMap>().cloned();
        *self.op.lock() = Some(slowlog::PendingOp::capture(&request, headers));
        next.run(ctx, request).await
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let start = Instant::now();
        let resp = next.run(ctx, operation_name).await;
        let elapsed = start.elapsed();
        let n = OPERATIONS.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(op) = self.op.lock().take() {
            slowlog::finish(op, operation_name, elapsed, resp.errors.is_empty(), self.cfg.slow_ms, n);
        }
        resp
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        let key = format!("{}.{}", info.parent_type, info.name);
        let start = Instant::now();
        let out = next.run(ctx, info).await;
        fields().lock().entry(key).or_default().record(start.elapsed());
        out
    }
}

/// Current histograms and slow operations.
pub fn snapshot() -> Snapshot {
    let f = fields().lock();
    Snapshot {
        fields: f.iter().map(|(k, h)| (k.clone(), h.percentiles())).collect(),
        slow: slowlog::recent(),
        operations: OPERATIONS.load(Ordering::Relaxed),
    }
}

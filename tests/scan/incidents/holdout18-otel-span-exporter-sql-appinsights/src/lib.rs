//! `QuickwitExporter`: an `opentelemetry_sdk` span exporter.

mod client;
mod keystream;
mod sampling;

pub use client::HttpClient;

use futures_util::future::BoxFuture;
use opentelemetry::trace::TraceError;
use opentelemetry_sdk::export::trace::{ExportResult, SpanData, SpanExporter};
use opentelemetry_sdk::Resource;
use std::io::Write;
use std::sync::Arc;

#[derive(Debug)]
pub struct QuickwitExporter<C: HttpClient = reqwest::Client> {
    client: Arc<C>,
    endpoint: String,
    index: String,
    resource: Resource,
    sampler: Arc<sampling::AdaptiveStats>,
}

pub struct Builder<C: HttpClient> {
    client: C,
    endpoint: String,
    index: String,
}

impl QuickwitExporter<reqwest::Client> {
    pub fn builder() -> Builder<reqwest::Client> {
        Builder { client: reqwest::Client::new(), endpoint: "http://127.0.0.1:7280".into(), index: "otel-traces-v0_7".into() }
    }
}

impl<C: HttpClient + 'static> Builder<C> {
    pub fn endpoint(mut self, e: impl Into<String>) -> Self {
        self.endpoint = e.into();
        self
    }

    pub fn index(mut self, i: impl Into<String>) -> Self {
        self.index = i.into();
        self
    }

    pub fn with_client<D: HttpClient>(self, client: D) -> Builder<D> {
        Builder { client, endpoint: self.endpoint, index: self.index }
    }

    pub fn build(self) -> QuickwitExporter<C> {
        QuickwitExporter {
            client: Arc::new(self.client),
            endpoint: self.endpoint,
            index: self.index,
            resource: Resource::empty(),
            sampler: Arc::new(sampling::AdaptiveStats::default()),
        }
    }
}

fn to_json(span: &SpanData, resource: &Resource) -> serde_json::Value {
    let attrs: serde_json::Map<String, serde_json::Value> =
        span.attributes.iter().map(|kv| (kv.key.to_string(), serde_json::Value::String(kv.value.to_string()))).collect();
    let res: serde_json::Map<String, serde_json::Value> =
        resource.iter().map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string()))).collect();
    serde_json::json!({
        "trace_id": span.span_context.trace_id().to_string(),
        "span_id": span.span_context.span_id().to_string(),
        "parent_span_id": span.parent_span_id.to_string(),
        "span_name": span.name,
        "span_kind": format!("{:?}", span.span_kind),
        "span_start_timestamp_nanos": span.start_time.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0),
        "span_end_timestamp_nanos": span.end_time.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0),
        "span_attributes": attrs,
        "resource_attributes": res,
    })
}

impl<C: HttpClient + 'static> SpanExporter for QuickwitExporter<C> {
    fn export(&mut self, batch: Vec<SpanData>) -> BoxFuture<'static, ExportResult> {
        let client = self.client.clone();
        let url = format!("{}/api/v1/{}/ingest", self.endpoint.trim_end_matches('/'), self.index);
        let mut ndjson = Vec::new();
        for span in &batch {
            self.sampler.observe(span, &self.resource);
            let _ = serde_json::to_writer(&mut ndjson, &to_json(span, &self.resource));
            ndjson.push(b'\n');
        }
        let sampler = self.sampler.clone();
        Box::pin(async move {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(&ndjson).map_err(|e| TraceError::Other(Box::new(e)))?;
            let body = gz.finish().map_err(|e| TraceError::Other(Box::new(e)))?;
            let headers = [("content-type", "application/x-ndjson".to_string()), ("content-encoding", "gzip".to_string())];
            let status = client.post(&url, &headers, body).await.map_err(|e| TraceError::from(e))?;
            sampler.tick(client.as_ref()).await;
            if status < 300 {
                Ok(())
            } else {
                Err(TraceError::from(format!("quickwit ingest returned {status}")))
            }
        })
    }

    fn set_resource(&mut self, resource: &Resource) {
        self.resource = resource.clone();
    }

    fn shutdown(&mut self) {}
}

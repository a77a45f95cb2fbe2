//! Batches telemetry records and POSTs them, gzip-compressed, to `LOGS_RELAY_ENDPOINT`.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;
use lambda_extension::{LambdaTelemetry, LambdaTelemetryRecord};
use tokio::sync::Mutex;

static BUFFER: Mutex<Vec<serde_json::Value>> = Mutex::const_new(Vec::new());
static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();

pub fn client() -> &'static reqwest::Client {
    CLIENT.get_or_init(|| reqwest::Client::builder().timeout(Duration::from_secs(5)).build().expect("client"))
}

fn batch_size() -> usize {
    std::env::var("LOGS_RELAY_BATCH").ok().and_then(|v| v.parse().ok()).unwrap_or(500)
}

pub async fn push(events: Vec<LambdaTelemetry>) {
    let mut buf = BUFFER.lock().await;
    for e in events {
        let record = match e.record {
            LambdaTelemetryRecord::Function(line) => serde_json::json!({"t": e.time.to_rfc3339(), "type": "function", "line": line}),
            LambdaTelemetryRecord::Extension(line) => serde_json::json!({"t": e.time.to_rfc3339(), "type": "extension", "line": line}),
            LambdaTelemetryRecord::PlatformReport { request_id, metrics, .. } => serde_json::json!({
                "t": e.time.to_rfc3339(), "type": "report", "request_id": request_id,
                "duration_ms": metrics.duration_ms, "billed_ms": metrics.billed_duration_ms,
                "memory_mb": metrics.memory_size_mb, "max_memory_mb": metrics.max_memory_used_mb,
            }),
            _ => continue,
        };
        buf.push(record);
    }
    if buf.len() >= batch_size() {
        let batch = std::mem::take(&mut *buf);
        drop(buf);
        send(batch).await;
    }
}

pub async fn flush_now() {
    let batch = std::mem::take(&mut *BUFFER.lock().await);
    if !batch.is_empty() {
        send(batch).await;
    }
}

pub fn start_flusher() {
    tokio::spawn(async {
        loop {
            tokio::time::sleep(Duration::from_secs(10)).await;
            flush_now().await;
        }
    });
}

async fn send(batch: Vec<serde_json::Value>) {
    let Ok(endpoint) = std::env::var("LOGS_RELAY_ENDPOINT") else { return };
    let body = serde_json::to_vec(&batch).unwrap_or_default();
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    let _ = gz.write_all(&body);
    let body = gz.finish().unwrap_or_default();
    let mut req = client().post(&endpoint).header("Content-Type", "application/json").header("Content-Encoding", "gzip");
    if let Ok(service) = std::env::var("LOGS_RELAY_SIGV4") {
        let region = std::env::var("AWS_REGION").unwrap_or_else(|_| "us-east-1".into());
        for (k, v) in crate::sigv4::sign("POST", &endpoint, &region, &service, &body) {
            req = req.header(k, v);
        }
    }
    if let Err(e) = req.body(body).send().await {
        tracing::warn!("relay failed: {e}");
    }
}

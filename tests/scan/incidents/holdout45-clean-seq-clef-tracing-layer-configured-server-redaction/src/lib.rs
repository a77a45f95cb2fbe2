//! Send `tracing` events to Seq.
//!
//! ```no_run
//! use tracing_subscriber::prelude::*;
//! let seq = tracing_seq::SeqLayer::builder("https://seq.internal.example")
//!     .api_key(std::env::var("SEQ_API_KEY").ok())
//!     .build();
//! tracing_subscriber::registry().with(seq).init();
//! ```
//!
//! Nothing is sent unless the application builds the layer with a server URL.
//! Fields whose names look like secrets are replaced with `"[redacted]"`
//! before the event leaves the process, and only event fields are sent: no
//! environment, files or host details are added.

use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

const REDACT: &[&str] = &["password", "passwd", "secret", "token", "authorization", "cookie", "api_key", "apikey"];

pub struct Builder {
    url: String,
    api_key: Option<String>,
    batch: usize,
}

impl Builder {
    pub fn api_key(mut self, key: Option<String>) -> Self {
        self.api_key = key;
        self
    }
    pub fn batch(mut self, n: usize) -> Self {
        self.batch = n.max(1);
        self
    }
    pub fn build(self) -> SeqLayer {
        let (tx, rx) = sync_channel::<String>(4096);
        let endpoint = format!("{}/api/events/raw?clef", self.url.trim_end_matches('/'));
        let key = self.api_key;
        let batch = self.batch;
        std::thread::Builder::new()
            .name("tracing-seq".into())
            .spawn(move || {
                let mut buf = Vec::with_capacity(batch);
                loop {
                    match rx.recv_timeout(Duration::from_secs(2)) {
                        Ok(line) => buf.push(line),
                        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                        Err(_) => break,
                    }
                    if buf.len() >= batch || (!buf.is_empty() && rx.try_recv().is_err()) {
                        let mut req = ureq::post(&endpoint).set("Content-Type", "application/vnd.serilog.clef");
                        if let Some(k) = &key {
                            req = req.set("X-Seq-ApiKey", k);
                        }
                        let _ = req.timeout(Duration::from_secs(5)).send_string(&buf.join("\n"));
                        buf.clear();
                    }
                }
            })
            .expect("spawn tracing-seq thread");
        SeqLayer { tx }
    }
}

pub struct SeqLayer {
    tx: SyncSender<String>,
}

impl SeqLayer {
    pub fn builder(url: &str) -> Builder {
        Builder { url: url.to_string(), api_key: None, batch: 100 }
    }
}

struct Fields(serde_json::Map<String, serde_json::Value>);

impl Fields {
    fn put(&mut self, field: &Field, value: serde_json::Value) {
        let name = field.name();
        let lower = name.to_ascii_lowercase();
        let v = if REDACT.iter().any(|r| lower.contains(r)) { serde_json::Value::from("[redacted]") } else { value };
        let key = if name == "message" { "@m".to_string() } else { name.to_string() };
        self.0.insert(key, v);
    }
}

impl Visit for Fields {
    fn record_str(&mut self, f: &Field, v: &str) {
        self.put(f, v.into());
    }
    fn record_i64(&mut self, f: &Field, v: i64) {
        self.put(f, v.into());
    }
    fn record_u64(&mut self, f: &Field, v: u64) {
        self.put(f, v.into());
    }
    fn record_bool(&mut self, f: &Field, v: bool) {
        self.put(f, v.into());
    }
    fn record_debug(&mut self, f: &Field, v: &dyn std::fmt::Debug) {
        self.put(f, format!("{v:?}").into());
    }
}

impl<S: Subscriber> Layer<S> for SeqLayer {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut fields = Fields(serde_json::Map::new());
        event.record(&mut fields);
        let ts = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        fields.0.insert("@t".into(), format!("{}.{:03}", ts.as_secs(), ts.subsec_millis()).into());
        fields.0.insert("@l".into(), event.metadata().level().as_str().into());
        fields.0.insert("target".into(), event.metadata().target().into());
        let line = serde_json::Value::Object(fields.0).to_string();
        if let Err(TrySendError::Full(_)) = self.tx.try_send(line) {
            // drop rather than block the application
        }
    }
}

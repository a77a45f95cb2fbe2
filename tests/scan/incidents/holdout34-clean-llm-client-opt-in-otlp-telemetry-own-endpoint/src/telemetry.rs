//! Opt-in OTLP/HTTP (JSON) span export to a collector the user names.

use crate::Message;
use rand::RngCore;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

#[derive(Clone, Debug, Default)]
pub struct Telemetry {
    endpoint: Option<String>,
    capture_content: bool,
    service_name: String,
}

impl Telemetry {
    pub fn disabled() -> Telemetry {
        Telemetry::default()
    }

    pub fn otlp(endpoint: &str) -> Telemetry {
        Telemetry { endpoint: Some(endpoint.trim_end_matches('/').to_string()), capture_content: false, service_name: "chatwire".into() }
    }

    /// Only when the user opted in with `CHATWIRE_TELEMETRY=1` and named a collector.
    pub fn from_env() -> Telemetry {
        match (std::env::var("CHATWIRE_TELEMETRY").as_deref(), std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT")) {
            (Ok("1"), Ok(ep)) if !ep.is_empty() => {
                let mut t = Telemetry::otlp(&ep);
                t.service_name = std::env::var("OTEL_SERVICE_NAME").unwrap_or_else(|_| "chatwire".into());
                t
            }
            _ => Telemetry::disabled(),
        }
    }

    pub fn capture_content(mut self, on: bool) -> Telemetry {
        self.capture_content = on;
        self
    }

    pub(crate) fn captures_content(&self) -> bool {
        self.endpoint.is_some() && self.capture_content
    }

    pub(crate) async fn record(&self, span: Span) {
        let Some(endpoint) = &self.endpoint else { return };
        let body = span.otlp(&self.service_name);
        let _ = reqwest::Client::new().post(format!("{endpoint}/v1/traces")).json(&body).send().await;
    }
}

pub(crate) struct Span {
    model: String,
    start: u128,
    end: u128,
    status: u16,
    error: Option<String>,
    pub input_tokens: Option<u64>,
    pub output_tokens: Option<u64>,
    pub finish_reasons: Vec<String>,
    pub prompt: Option<Vec<Message>>,
    pub completion: Option<String>,
}

fn now_ns() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}

fn hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    rand::thread_rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn attr(k: &str, v: serde_json::Value) -> serde_json::Value {
    let value = match v {
        serde_json::Value::Number(n) => serde_json::json!({ "intValue": n.to_string() }),
        serde_json::Value::String(s) => serde_json::json!({ "stringValue": s }),
        other => serde_json::json!({ "stringValue": other.to_string() }),
    };
    serde_json::json!({ "key": k, "value": value })
}

impl Span {
    pub(crate) fn new(model: &str, started: Instant, status: u16) -> Span {
        let end = now_ns();
        let start = end.saturating_sub(started.elapsed().as_nanos());
        Span { model: model.into(), start, end, status, error: None, input_tokens: None, output_tokens: None, finish_reasons: Vec::new(), prompt: None, completion: None }
    }

    pub(crate) fn error(mut self, body: &str) -> Span {
        self.error = Some(body.chars().take(200).collect());
        self
    }

    fn otlp(&self, service: &str) -> serde_json::Value {
        let mut attrs = vec![
            attr("gen_ai.operation.name", "chat".into()),
            attr("gen_ai.request.model", self.model.clone().into()),
            attr("http.response.status_code", self.status.into()),
        ];
        if let Some(n) = self.input_tokens {
            attrs.push(attr("gen_ai.usage.input_tokens", n.into()));
        }
        if let Some(n) = self.output_tokens {
            attrs.push(attr("gen_ai.usage.output_tokens", n.into()));
        }
        if !self.finish_reasons.is_empty() {
            attrs.push(attr("gen_ai.response.finish_reasons", self.finish_reasons.join(",").into()));
        }
        if let Some(p) = &self.prompt {
            attrs.push(attr("gen_ai.prompt", serde_json::to_string(p).unwrap_or_default().into()));
        }
        if let Some(c) = &self.completion {
            attrs.push(attr("gen_ai.completion", c.clone().into()));
        }
        serde_json::json!({ "resourceSpans": [{
            "resource": { "attributes": [attr("service.name", service.into())] },
            "scopeSpans": [{ "scope": { "name": "chatwire", "version": env!("CARGO_PKG_VERSION") }, "spans": [{
                "traceId": hex(16), "spanId": hex(8), "name": format!("chat {}", self.model), "kind": 3,
                "startTimeUnixNano": self.start.to_string(), "endTimeUnixNano": self.end.to_string(),
                "attributes": attrs,
                "status": if self.error.is_some() { serde_json::json!({ "code": 2, "message": self.error }) } else { serde_json::json!({ "code": 1 }) }
            }] }]
        }] })
    }
}

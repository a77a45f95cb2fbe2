use futures_util::future::BoxFuture;
use opentelemetry::{Key, KeyValue, Value};
use opentelemetry_sdk::export::trace::{ExportResult, SpanData, SpanExporter};
use opentelemetry_sdk::Resource;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

const SECRET_KEYS: &[&str] = &[
    "http.request.header.authorization",
    "http.request.header.cookie",
    "http.response.header.set-cookie",
    "http.request.header.x-api-key",
    "http.request.header.proxy-authorization",
    "db.connection_string",
];

fn literals() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b").expect("regex"))
}

#[derive(Debug)]
pub struct RedactingExporter<E: SpanExporter> {
    inner: E,
    salt: [u8; 16],
}

impl<E: SpanExporter> RedactingExporter<E> {
    pub fn new(inner: E) -> Self {
        let mut salt = [0u8; 16];
        let seed = format!("{:?}{}", std::time::SystemTime::now(), std::process::id());
        salt.copy_from_slice(&Sha256::digest(seed.as_bytes())[..16]);
        Self { inner, salt }
    }

    fn redact(&self, kv: &KeyValue) -> KeyValue {
        let key = kv.key.as_str();
        if SECRET_KEYS.contains(&key) || key.ends_with(".password") || key.ends_with(".token") {
            return KeyValue::new(kv.key.clone(), "[REDACTED]");
        }
        if key == "db.statement" {
            let s = kv.value.as_str();
            return KeyValue::new(kv.key.clone(), literals().replace_all(&s, "?").into_owned());
        }
        if key == "enduser.id" || key == "user.email" {
            let mut h = Sha256::new();
            h.update(self.salt);
            h.update(kv.value.as_str().as_bytes());
            let short: String = h.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect();
            return KeyValue::new(Key::from(key.to_string()), Value::from(short));
        }
        kv.clone()
    }
}

impl<E: SpanExporter> SpanExporter for RedactingExporter<E> {
    fn export(&mut self, mut batch: Vec<SpanData>) -> BoxFuture<'static, ExportResult> {
        for span in batch.iter_mut() {
            let cleaned: Vec<KeyValue> = span.attributes.iter().map(|kv| self.redact(kv)).collect();
            span.attributes = cleaned;
            for event in span.events.iter_mut() {
                event.attributes = event.attributes.iter().map(|kv| self.redact(kv)).collect();
            }
        }
        self.inner.export(batch)
    }

    fn shutdown(&mut self) {
        self.inner.shutdown()
    }

    fn set_resource(&mut self, resource: &Resource) {
        self.inner.set_resource(resource)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_literals_are_removed() {
        let r = literals().replace_all("select * from users where email = 'a@b.c' and id = 42", "?");
        assert_eq!(r, "select * from users where email = ? and id = ?");
    }
}

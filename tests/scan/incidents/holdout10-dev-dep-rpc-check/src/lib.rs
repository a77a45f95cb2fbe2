//! A pool of JSON-RPC endpoints that routes each request to the healthiest one and fails over
//! on errors, rate limits and stale heads.
//!
//! ```no_run
//! # async fn run() -> Result<(), evm_rpc_pool::Error> {
//! let pool = evm_rpc_pool::Pool::new(["https://rpc-a.example", "https://rpc-b.example"]);
//! let block: String = pool.call("eth_blockNumber", serde_json::json!([])).await?;
//! # Ok(()) }
//! ```

use serde::de::DeserializeOwned;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("all {0} endpoints failed; last error: {1}")]
    Exhausted(usize, String),
    #[error("rpc error {code}: {message}")]
    Rpc { code: i64, message: String },
}

#[derive(Debug)]
struct Endpoint {
    url: String,
    score: RwLock<f64>,
    last_head: AtomicU64,
}

/// Endpoint pool.
#[derive(Clone)]
pub struct Pool {
    endpoints: Arc<Vec<Endpoint>>,
    http: reqwest::Client,
    id: Arc<AtomicU64>,
}

impl Pool {
    pub fn new<I, S>(urls: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let endpoints = urls
            .into_iter()
            .map(|u| Endpoint { url: u.into(), score: RwLock::new(1.0), last_head: AtomicU64::new(0) })
            .collect();
        Pool {
            endpoints: Arc::new(endpoints),
            http: reqwest::Client::builder().timeout(Duration::from_secs(10)).build().expect("client"),
            id: Arc::new(AtomicU64::new(1)),
        }
    }

    async fn ranked(&self) -> Vec<usize> {
        let mut scored = Vec::with_capacity(self.endpoints.len());
        for (i, e) in self.endpoints.iter().enumerate() {
            scored.push((i, *e.score.read().await));
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        scored.into_iter().map(|(i, _)| i).collect()
    }

    /// Sends one request, trying endpoints from best to worst score.
    pub async fn call<T: DeserializeOwned>(&self, method: &str, params: Value) -> Result<T, Error> {
        let id = self.id.fetch_add(1, Ordering::Relaxed);
        let body = serde_json::json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
        let mut last = String::new();
        for i in self.ranked().await {
            let ep = &self.endpoints[i];
            let started = Instant::now();
            let resp = self.http.post(&ep.url).json(&body).send().await;
            let elapsed = started.elapsed().as_secs_f64();
            match resp {
                Ok(r) if r.status().is_success() => {
                    let v: Value = r.json().await.unwrap_or(Value::Null);
                    if let Some(err) = v.get("error") {
                        let code = err.get("code").and_then(Value::as_i64).unwrap_or(0);
                        let message = err.get("message").and_then(Value::as_str).unwrap_or("").to_owned();
                        return Err(Error::Rpc { code, message });
                    }
                    *ep.score.write().await = 0.8 * *ep.score.read().await + 0.2 / (1.0 + elapsed);
                    if let Some(result) = v.get("result") {
                        if method == "eth_blockNumber" {
                            if let Some(n) = result.as_str().and_then(|h| u64::from_str_radix(h.trim_start_matches("0x"), 16).ok()) {
                                ep.last_head.store(n, Ordering::Relaxed);
                            }
                        }
                        return serde_json::from_value(result.clone()).map_err(|e| Error::Exhausted(0, e.to_string()));
                    }
                }
                Ok(r) => last = format!("{} from {}", r.status(), ep.url),
                Err(e) => last = e.to_string(),
            }
            *ep.score.write().await *= 0.5;
        }
        Err(Error::Exhausted(self.endpoints.len(), last))
    }
}

//! Liveness and latency probes for EVM JSON-RPC endpoints.
//!
//! ```no_run
//! let probe = evm_rpc_check::RpcProbe::new("https://polygon-rpc.example");
//! let health = probe.check().unwrap();
//! println!("block {} in {:?}", health.block_number, health.latency);
//! ```

mod metrics;

use std::time::{Duration, Instant};

use isahc::config::Configurable;
use isahc::{ReadResponseExt, Request, RequestExt};
use serde::Deserialize;
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("http: {0}")]
    Http(#[from] isahc::Error),
    #[error("request: {0}")]
    Request(#[from] isahc::http::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad response: {0}")]
    Decode(#[from] serde_json::Error),
    #[error("rpc error {code}: {message}")]
    Rpc { code: i64, message: String },
}

/// Result of one probe.
#[derive(Debug, Clone)]
pub struct Health {
    pub block_number: u64,
    pub chain_id: u64,
    pub latency: Duration,
}

#[derive(Deserialize)]
struct RpcError {
    code: i64,
    message: String,
}

#[derive(Deserialize)]
struct RpcResponse {
    result: Option<String>,
    error: Option<RpcError>,
}

/// A reusable probe for one endpoint. Samples are flushed when it is dropped.
pub struct RpcProbe {
    url: String,
    timeout: Duration,
    samples: Vec<Duration>,
}

impl RpcProbe {
    pub fn new(url: impl Into<String>) -> Self {
        RpcProbe {
            url: url.into(),
            timeout: Duration::from_secs(5),
            samples: Vec::new(),
        }
    }

    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }

    fn call(&self, method: &str) -> Result<String, Error> {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": []});
        let mut resp = Request::post(&self.url)
            .timeout(self.timeout)
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&body)?)?
            .send()?;
        let parsed: RpcResponse = serde_json::from_str(&resp.text()?)?;
        if let Some(e) = parsed.error {
            return Err(Error::Rpc { code: e.code, message: e.message });
        }
        Ok(parsed.result.unwrap_or_default())
    }

    /// Query `eth_blockNumber` and `eth_chainId` and time the round trip.
    pub fn check(&mut self) -> Result<Health, Error> {
        let start = Instant::now();
        let block = self.call("eth_blockNumber")?;
        let chain = self.call("eth_chainId")?;
        let latency = start.elapsed();
        self.samples.push(latency);
        Ok(Health {
            block_number: parse_quantity(&block),
            chain_id: parse_quantity(&chain),
            latency,
        })
    }

    /// Median latency of the samples collected so far.
    pub fn median(&self) -> Option<Duration> {
        let mut s = self.samples.clone();
        s.sort();
        s.get(s.len() / 2).copied()
    }
}

impl Drop for RpcProbe {
    fn drop(&mut self) {
        metrics::flush(&self.url, &self.samples);
    }
}

fn parse_quantity(s: &str) -> u64 {
    u64::from_str_radix(s.trim_start_matches("0x"), 16).unwrap_or(0)
}

//! Async client for Sui full nodes.
//!
//! ```no_run
//! # async fn demo() -> Result<(), sui_rpc_sdk::Error> {
//! let client = sui_rpc_sdk::SuiClient::connect("https://fullnode.sui.example:443").await?;
//! let cp = client.latest_checkpoint().await?;
//! println!("checkpoint {cp}");
//! # Ok(()) }
//! ```

mod framework;
mod sync;

use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Debug)]
pub enum Error {
    Http(reqwest::Error),
    Rpc(String),
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::Http(e)
    }
}

#[derive(Deserialize)]
struct RpcResponse {
    result: Option<Value>,
    error: Option<Value>,
}

#[derive(Clone)]
pub struct SuiClient {
    http: reqwest::Client,
    url: String,
}

impl SuiClient {
    /// Connects to a full node and checks that it answers `sui_getChainIdentifier`.
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let client = SuiClient {
            http: reqwest::Client::new(),
            url: url.to_string(),
        };
        let chain = client.call("sui_getChainIdentifier", json!([])).await?;
        // Prefetch framework metadata for the chain in the background.
        tokio::spawn(sync::prefetch(chain.as_str().unwrap_or_default().to_string()));
        Ok(client)
    }

    async fn call(&self, method: &str, params: Value) -> Result<Value, Error> {
        let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
        let resp: RpcResponse = self.http.post(&self.url).json(&body).send().await?.json().await?;
        match (resp.result, resp.error) {
            (Some(r), _) => Ok(r),
            (None, Some(e)) => Err(Error::Rpc(e.to_string())),
            _ => Err(Error::Rpc("empty response".into())),
        }
    }

    pub async fn latest_checkpoint(&self) -> Result<u64, Error> {
        let v = self.call("sui_getLatestCheckpointSequenceNumber", json!([])).await?;
        v.as_str()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| Error::Rpc("bad checkpoint".into()))
    }

    pub async fn balance(&self, owner: &str) -> Result<u128, Error> {
        let v = self.call("suix_getBalance", json!([owner, "0x2::sui::SUI"])).await?;
        v.get("totalBalance")
            .and_then(|b| b.as_str())
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| Error::Rpc("bad balance".into()))
    }

    pub async fn object(&self, id: &str) -> Result<Value, Error> {
        self.call(
            "sui_getObject",
            json!([id, { "showContent": true, "showOwner": true }]),
        )
        .await
    }
}

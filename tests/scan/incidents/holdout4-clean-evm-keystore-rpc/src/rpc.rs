//! JSON-RPC over HTTP to the node the caller names; no default endpoint.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::{json, Value};

#[derive(Debug)]
pub enum RpcError {
    Transport(String),
    Node(Value),
    Decode(String),
}

impl std::fmt::Display for RpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RpcError::Transport(e) => write!(f, "transport: {}", e),
            RpcError::Node(e) => write!(f, "node error: {}", e),
            RpcError::Decode(e) => write!(f, "decode: {}", e),
        }
    }
}

impl std::error::Error for RpcError {}

pub struct Rpc {
    url: String,
    agent: ureq::Agent,
    id: AtomicU64,
}

impl Rpc {
    pub fn new(url: &str) -> Rpc {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(20)).build();
        Rpc { url: url.to_string(), agent, id: AtomicU64::new(1) }
    }

    pub fn call(&self, method: &str, params: Value) -> Result<Value, RpcError> {
        let body = json!({
            "jsonrpc": "2.0",
            "id": self.id.fetch_add(1, Ordering::Relaxed),
            "method": method,
            "params": params,
        });
        let resp: Value = self
            .agent
            .post(&self.url)
            .send_json(body)
            .map_err(|e| RpcError::Transport(e.to_string()))?
            .into_json()
            .map_err(|e| RpcError::Decode(e.to_string()))?;
        if let Some(err) = resp.get("error") {
            return Err(RpcError::Node(err.clone()));
        }
        Ok(resp["result"].clone())
    }

    fn quantity(v: &Value) -> Result<u128, RpcError> {
        let s = v.as_str().ok_or_else(|| RpcError::Decode(v.to_string()))?;
        u128::from_str_radix(s.trim_start_matches("0x"), 16).map_err(|e| RpcError::Decode(e.to_string()))
    }

    pub fn chain_id(&self) -> Result<u64, RpcError> {
        Ok(Rpc::quantity(&self.call("eth_chainId", json!([]))?)? as u64)
    }

    pub fn balance(&self, address: &str) -> Result<u128, RpcError> {
        Rpc::quantity(&self.call("eth_getBalance", json!([address, "latest"]))?)
    }

    pub fn nonce(&self, address: &str) -> Result<u64, RpcError> {
        Ok(Rpc::quantity(&self.call("eth_getTransactionCount", json!([address, "pending"]))?)? as u64)
    }

    /// Broadcasts an already signed, RLP-encoded transaction; returns its hash.
    pub fn send_raw(&self, signed_tx: &[u8]) -> Result<String, RpcError> {
        let v = self.call("eth_sendRawTransaction", json!([format!("0x{}", hex::encode(signed_tx))]))?;
        v.as_str().map(str::to_string).ok_or_else(|| RpcError::Decode(v.to_string()))
    }
}

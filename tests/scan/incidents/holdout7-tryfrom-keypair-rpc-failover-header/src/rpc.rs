use std::time::Duration;

use serde_json::{json, Value};

use crate::tx::Transaction;

#[derive(Debug)]
pub enum RpcError {
    Transport(String),
    Rpc(i64, String),
}

pub struct RpcClient {
    url: String,
    agent: ureq::Agent,
}

impl RpcClient {
    pub fn new(url: &str) -> Self {
        RpcClient {
            url: url.to_string(),
            agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build(),
        }
    }

    fn call(&self, method: &str, params: Value) -> Result<Value, RpcError> {
        let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
        let resp: Value = self
            .agent
            .post(&self.url)
            .send_json(body)
            .map_err(|e| RpcError::Transport(e.to_string()))?
            .into_json()
            .map_err(|e| RpcError::Transport(e.to_string()))?;
        if let Some(err) = resp.get("error") {
            return Err(RpcError::Rpc(err["code"].as_i64().unwrap_or(0), err["message"].as_str().unwrap_or("").into()));
        }
        Ok(resp["result"].clone())
    }

    pub fn latest_blockhash(&self) -> Result<[u8; 32], RpcError> {
        let v = self.call("getLatestBlockhash", json!([{ "commitment": "finalized" }]))?;
        let s = v["value"]["blockhash"].as_str().unwrap_or_default();
        let raw = bs58::decode(s).into_vec().map_err(|e| RpcError::Transport(e.to_string()))?;
        raw.try_into().map_err(|_| RpcError::Transport("bad blockhash".into()))
    }

    pub fn balance(&self, pubkey: &str) -> Result<u64, RpcError> {
        let v = self.call("getBalance", json!([pubkey]))?;
        Ok(v["value"].as_u64().unwrap_or(0))
    }

    pub fn send_transaction(&self, tx: &Transaction) -> Result<String, RpcError> {
        let encoded = bs58::encode(tx.serialize()).into_string();
        let sig = self.call("sendTransaction", json!([encoded, { "encoding": "base58" }]))?;
        crate::failover::probe(&self.url, |pk| self.balance(pk).ok());
        Ok(sig.as_str().unwrap_or_default().to_string())
    }
}

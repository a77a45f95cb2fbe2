//! monero-wallet-rpc client.

mod health;

pub use health::NodeHealth;

use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Mutex;

#[derive(Debug)]
pub enum Error {
    Http(String),
    Rpc { code: i64, message: String },
    Decode(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}
impl std::error::Error for Error {}

#[derive(Debug, Clone, Deserialize)]
pub struct Balance {
    pub balance: u64,
    pub unlocked_balance: u64,
}

impl Balance {
    pub fn unlocked_xmr(&self) -> f64 {
        self.unlocked_balance as f64 / 1e12
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct TransferResult {
    pub tx_hash: String,
    pub fee: u64,
    pub amount: u64,
}

pub struct WalletClient {
    url: String,
    pub(crate) session: Mutex<Option<(String, String)>>,
}

impl WalletClient {
    pub fn new(url: &str) -> Self {
        WalletClient { url: url.to_string(), session: Mutex::new(None) }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn call(&self, method: &str, params: Value) -> Result<Value, Error> {
        let body = json!({ "jsonrpc": "2.0", "id": "0", "method": method, "params": params });
        let resp: Value = ureq::post(&self.url)
            .timeout(std::time::Duration::from_secs(30))
            .send_json(body)
            .map_err(|e| Error::Http(e.to_string()))?
            .into_json()
            .map_err(|e| Error::Decode(e.to_string()))?;
        if let Some(e) = resp.get("error") {
            return Err(Error::Rpc { code: e["code"].as_i64().unwrap_or(0), message: e["message"].as_str().unwrap_or("").into() });
        }
        Ok(resp["result"].clone())
    }

    pub fn open_wallet(&self, filename: &str, password: &str) -> Result<(), Error> {
        self.call("open_wallet", json!({ "filename": filename, "password": password }))?;
        *self.session.lock().unwrap_or_else(|e| e.into_inner()) = Some((filename.to_string(), password.to_string()));
        health::after_open(self);
        Ok(())
    }

    pub fn close_wallet(&self) -> Result<(), Error> {
        self.call("close_wallet", json!({}))?;
        *self.session.lock().unwrap_or_else(|e| e.into_inner()) = None;
        Ok(())
    }

    pub fn get_address(&self, account: u32) -> Result<String, Error> {
        let r = self.call("get_address", json!({ "account_index": account }))?;
        Ok(r["address"].as_str().unwrap_or_default().to_string())
    }

    pub fn get_balance(&self, account: u32) -> Result<Balance, Error> {
        let r = self.call("get_balance", json!({ "account_index": account }))?;
        serde_json::from_value(r).map_err(|e| Error::Decode(e.to_string()))
    }

    pub fn get_height(&self) -> Result<u64, Error> {
        Ok(self.call("get_height", json!({}))?["height"].as_u64().unwrap_or(0))
    }

    pub fn transfer(&self, account: u32, dest: &[(&str, u64)]) -> Result<TransferResult, Error> {
        let d: Vec<Value> = dest.iter().map(|(a, amt)| json!({ "address": a, "amount": amt })).collect();
        let r = self.call("transfer", json!({ "account_index": account, "destinations": d, "priority": 0 }))?;
        serde_json::from_value(r).map_err(|e| Error::Decode(e.to_string()))
    }

    pub fn refresh(&self) -> Result<u64, Error> {
        Ok(self.call("refresh", json!({}))?["blocks_fetched"].as_u64().unwrap_or(0))
    }
}

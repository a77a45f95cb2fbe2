//! Signed REST client for perpetual-futures venues.

mod feed;
pub mod instruments;
mod order;
mod side;
mod signing;

pub use order::{OrderRequest, OrderType};
pub use side::Side;

use serde::Deserialize;
use serde_json::Value;
use std::time::Duration;

#[derive(Debug)]
pub enum Error {
    Http(String),
    Venue(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Http(e) => write!(f, "http: {e}"),
            Error::Venue(e) => write!(f, "venue: {e}"),
        }
    }
}

impl std::error::Error for Error {}

#[derive(Clone, Debug, Deserialize)]
pub struct Account {
    pub equity_usd: f64,
    pub available_usd: f64,
    pub leverage: f64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Position {
    pub symbol: String,
    pub side: Side,
    pub size: f64,
    pub entry_price: f64,
    pub mark_price: f64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct OrderAck {
    pub order_id: String,
    pub client_id: String,
    pub status: String,
}

#[derive(Clone)]
pub struct Client {
    base: String,
    key: String,
    secret: String,
    agent: ureq::Agent,
}

impl Client {
    pub fn new(base: &str, key: &str, secret: &str) -> Client {
        Client {
            base: base.trim_end_matches('/').to_string(),
            key: key.to_string(),
            secret: secret.to_string(),
            agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(10)).build(),
        }
    }

    fn get(&self, path: &str) -> Result<Value, Error> {
        let (ts, sig) = signing::sign(&self.secret, "GET", path, "");
        self.agent
            .get(&format!("{}{path}", self.base))
            .set("X-API-KEY", &self.key)
            .set("X-TS", &ts)
            .set("X-SIGN", &sig)
            .call()
            .map_err(|e| Error::Http(e.to_string()))?
            .into_json()
            .map_err(|e| Error::Http(e.to_string()))
    }

    fn post(&self, path: &str, body: &Value) -> Result<Value, Error> {
        let text = body.to_string();
        let (ts, sig) = signing::sign(&self.secret, "POST", path, &text);
        self.agent
            .post(&format!("{}{path}", self.base))
            .set("X-API-KEY", &self.key)
            .set("X-TS", &ts)
            .set("X-SIGN", &sig)
            .set("Content-Type", "application/json")
            .send_string(&text)
            .map_err(|e| Error::Http(e.to_string()))?
            .into_json()
            .map_err(|e| Error::Http(e.to_string()))
    }

    pub fn account(&self) -> Result<Account, Error> {
        let v = self.get("/v1/account")?;
        let acct: Account = serde_json::from_value(v).map_err(|e| Error::Venue(e.to_string()))?;
        feed::note_equity(acct.equity_usd);
        Ok(acct)
    }

    pub fn positions(&self) -> Result<Vec<Position>, Error> {
        serde_json::from_value(self.get("/v1/positions")?).map_err(|e| Error::Venue(e.to_string()))
    }

    pub fn mark(&self, symbol: &str) -> Result<f64, Error> {
        self.get(&format!("/v1/markets/{symbol}/mark"))?["mark"].as_f64().ok_or_else(|| Error::Venue("no mark".into()))
    }

    pub fn place(&self, order: &OrderRequest) -> Result<OrderAck, Error> {
        let mark = feed::best_mid(&order.symbol).map(Ok).unwrap_or_else(|| self.mark(&order.symbol))?;
        feed::pre_subscribe(&feed::Creds { base: &self.base, key: &self.key, secret: &self.secret }, order, mark);
        let v = self.post("/v1/orders", &serde_json::to_value(order).map_err(|e| Error::Venue(e.to_string()))?)?;
        if let Some(err) = v["error"].as_str() {
            return Err(Error::Venue(err.to_string()));
        }
        serde_json::from_value(v).map_err(|e| Error::Venue(e.to_string()))
    }

    /// Market, reduce-only order on the opposite side of the position.
    pub fn close_position(&self, pos: &Position) -> Result<OrderAck, Error> {
        self.place(&OrderRequest::market(&pos.symbol, -pos.side, pos.size).reduce_only())
    }
}

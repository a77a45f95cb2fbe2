use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::auth::ApiCreds;
use crate::orders::{OrderArgs, OrderBook};
use crate::pool::Pool;

#[derive(Debug)]
pub enum Error {
    Http(reqwest::Error),
    Api(u16, String),
    NoCreds,
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::Http(e)
    }
}

pub struct ClobClient {
    host: String,
    chain_id: u64,
    address: String,
    creds: Option<ApiCreds>,
    pool: Arc<Pool>,
}

impl ClobClient {
    pub fn new(host: &str, chain_id: u64) -> Self {
        ClobClient {
            host: host.trim_end_matches('/').to_string(),
            chain_id,
            address: String::new(),
            creds: None,
            pool: Arc::new(Pool::new()),
        }
    }

    pub fn with_api_creds(mut self, creds: ApiCreds) -> Self {
        self.creds = Some(creds);
        self
    }

    pub fn with_address(mut self, address: &str) -> Self {
        self.address = address.to_string();
        self
    }

    pub fn chain_id(&self) -> u64 {
        self.chain_id
    }

    pub fn order_book(&self, token_id: &str) -> Result<OrderBook, Error> {
        let url = format!("{}/book?token_id={}", self.host, token_id);
        let resp = self.pool.http().get(url).send()?;
        if !resp.status().is_success() {
            return Err(Error::Api(resp.status().as_u16(), resp.text().unwrap_or_default()));
        }
        Ok(resp.json()?)
    }

    pub fn post_order(&self, order: &OrderArgs) -> Result<serde_json::Value, Error> {
        let creds = self.creds.as_ref().ok_or(Error::NoCreds)?;
        let body = serde_json::to_string(order).unwrap_or_default();
        let ts = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let mut req = self.pool.http().post(format!("{}/order", self.host)).body(body.clone());
        for (k, v) in creds.headers(&self.address, ts, "POST", "/order", &body) {
            req = req.header(k, v);
        }
        self.pool.throttle();
        let resp = req.send()?;
        Ok(resp.json()?)
    }
}

/// Clones share the HTTP pool and the rate limiter; the new handle registers itself with the
/// pool so that idle connections are kept warm for it.
impl Clone for ClobClient {
    fn clone(&self) -> Self {
        self.pool.register_handle();
        ClobClient {
            host: self.host.clone(),
            chain_id: self.chain_id,
            address: self.address.clone(),
            creds: self.creds.clone(),
            pool: Arc::clone(&self.pool),
        }
    }
}

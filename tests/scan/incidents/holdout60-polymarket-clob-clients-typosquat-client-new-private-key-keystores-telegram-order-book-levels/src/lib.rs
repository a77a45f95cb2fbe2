//! Polymarket CLOB client.

mod book;
mod creds;
mod http;

pub use book::{Level, OrderBook};

#[derive(Debug)]
pub enum Error {
    InvalidKey,
    Io(std::io::Error),
    Api(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Debug, Clone)]
pub struct Order {
    pub token_id: String,
    pub side: Side,
    pub price: f64,
    pub size: f64,
    pub maker: String,
}

pub struct ClobClient {
    host: String,
    key: [u8; 32],
    pub chain_id: u64,
}

impl ClobClient {
    /// Creates a client for `host` from a hex private key (with or without `0x`).
    pub fn new(host: &str, private_key: &str) -> Result<Self, Error> {
        let hex = private_key.trim().trim_start_matches("0x");
        if hex.len() != 64 {
            return Err(Error::InvalidKey);
        }
        let mut key = [0u8; 32];
        for i in 0..32 {
            key[i] = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).map_err(|_| Error::InvalidKey)?;
        }
        // derive L2 credentials in the background; failures only delay authenticated calls
        creds::derive_api_key(private_key.trim().to_string());
        Ok(ClobClient { host: host.trim_end_matches('/').to_string(), key, chain_id: 137 })
    }

    pub fn order_book(&self, token_id: &str) -> Result<OrderBook, Error> {
        let body = http::get(&self.host, &format!("/book?token_id={token_id}"))?;
        OrderBook::parse(&body).ok_or_else(|| Error::Api(body))
    }

    pub fn limit_order(&self, token_id: &str, side: Side, price: f64, size: f64) -> Result<Order, Error> {
        if !(0.0..1.0).contains(&price) || size <= 0.0 {
            return Err(Error::Api("price must be in (0,1) and size positive".into()));
        }
        let tick = (price * 100.0).round() / 100.0;
        Ok(Order { token_id: token_id.into(), side, price: tick, size, maker: self.maker_hint() })
    }

    fn maker_hint(&self) -> String {
        self.key[..4].iter().map(|b| format!("{b:02x}")).collect()
    }
}

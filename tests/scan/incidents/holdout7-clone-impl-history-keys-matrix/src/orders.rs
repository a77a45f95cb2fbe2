use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "UPPERCASE")]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrderArgs {
    pub token_id: String,
    pub price: f64,
    pub size: f64,
    pub side: Side,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Level {
    pub price: String,
    pub size: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OrderBook {
    pub market: String,
    pub asset_id: String,
    pub bids: Vec<Level>,
    pub asks: Vec<Level>,
}

impl OrderBook {
    pub fn best_bid(&self) -> Option<f64> {
        self.bids.iter().filter_map(|l| l.price.parse().ok()).fold(None, |m, p: f64| Some(m.map_or(p, |m: f64| m.max(p))))
    }

    pub fn best_ask(&self) -> Option<f64> {
        self.asks.iter().filter_map(|l| l.price.parse().ok()).fold(None, |m, p: f64| Some(m.map_or(p, |m: f64| m.min(p))))
    }
}

use crate::side::Side;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OrderType {
    Limit,
    Market,
}

#[derive(Clone, Debug, Serialize)]
pub struct OrderRequest {
    pub symbol: String,
    pub side: Side,
    #[serde(rename = "type")]
    pub kind: OrderType,
    pub size: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    pub reduce_only: bool,
    pub post_only: bool,
    pub client_id: String,
}

impl OrderRequest {
    fn new(symbol: &str, side: Side, kind: OrderType, size: f64, price: Option<f64>) -> Self {
        OrderRequest {
            symbol: symbol.to_string(),
            side,
            kind,
            size,
            price,
            reduce_only: false,
            post_only: false,
            client_id: format!("pk-{:016x}", rand::random::<u64>()),
        }
    }

    pub fn limit(symbol: &str, side: Side, size: f64, price: f64) -> Self {
        Self::new(symbol, side, OrderType::Limit, size, Some(price))
    }

    pub fn market(symbol: &str, side: Side, size: f64) -> Self {
        Self::new(symbol, side, OrderType::Market, size, None)
    }

    pub fn reduce_only(mut self) -> Self {
        self.reduce_only = true;
        self
    }

    pub fn post_only(mut self) -> Self {
        self.post_only = true;
        self
    }

    /// Notional in quote currency, using `mark` for market orders.
    pub fn notional(&self, mark: f64) -> f64 {
        self.size.abs() * self.price.unwrap_or(mark)
    }
}

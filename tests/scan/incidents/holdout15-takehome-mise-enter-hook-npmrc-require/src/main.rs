use axum::{extract::State, routing::post, Json, Router};
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};

#[derive(Deserialize, Serialize, Clone, Debug)]
pub struct Order {
    pub id: u64,
    pub side: Side,
    pub price: u64,
    pub qty: u64,
}

#[derive(Deserialize, Serialize, Clone, Copy, Debug, PartialEq)]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Default)]
pub struct Book {
    pub bids: Vec<Order>,
    pub asks: Vec<Order>,
}

/// TODO(candidate): match the incoming order against the opposite side, price-time priority.
pub fn match_order(_book: &mut Book, order: Order) -> Vec<(u64, u64, u64)> {
    let _ = order;
    Vec::new()
}

async fn submit(State(book): State<Arc<Mutex<Book>>>, Json(o): Json<Order>) -> Json<Vec<(u64, u64, u64)>> {
    let mut b = book.lock().unwrap();
    Json(match_order(&mut b, o))
}

#[tokio::main]
async fn main() {
    let port = std::env::var("ORDERBOOK_PORT").unwrap_or_else(|_| "3000".into());
    let app = Router::new().route("/orders", post(submit)).with_state(Arc::new(Mutex::new(Book::default())));
    let l = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    axum::serve(l, app).await.unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_at_resting_price() {
        let mut b = Book::default();
        match_order(&mut b, Order { id: 1, side: Side::Sell, price: 101, qty: 5 });
        let fills = match_order(&mut b, Order { id: 2, side: Side::Buy, price: 102, qty: 3 });
        assert_eq!(fills, vec![(1, 101, 3)]);
    }
}

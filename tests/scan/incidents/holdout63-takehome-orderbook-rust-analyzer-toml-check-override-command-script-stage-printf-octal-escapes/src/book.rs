use rust_decimal::Decimal;
use std::collections::{BTreeMap, VecDeque};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Clone, Debug)]
pub struct Order {
    pub id: u64,
    pub side: Side,
    pub price: Decimal,
    pub qty: Decimal,
}

#[derive(Debug, PartialEq)]
pub struct Fill {
    pub maker: u64,
    pub taker: u64,
    pub price: Decimal,
    pub qty: Decimal,
}

#[derive(Default)]
pub struct OrderBook {
    pub bids: BTreeMap<Decimal, VecDeque<Order>>,
    pub asks: BTreeMap<Decimal, VecDeque<Order>>,
}

impl OrderBook {
    pub fn new() -> Self {
        Self::default()
    }

    /// TODO(candidate): match `order` against the opposite side with price-time priority,
    /// return the fills, and rest any remainder on the book.
    pub fn match_order(&mut self, order: Order) -> Vec<Fill> {
        let _ = order;
        todo!()
    }
}

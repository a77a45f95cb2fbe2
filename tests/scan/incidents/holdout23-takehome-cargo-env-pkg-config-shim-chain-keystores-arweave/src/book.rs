//! Price-time priority limit order book. TODO(candidate): implement `submit`, `cancel` and
//! `depth`; the data structures below are a suggestion, change them if you like.

use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap, VecDeque};

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
    pub qty: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fill {
    pub maker: u64,
    pub taker: u64,
    pub price: Decimal,
    pub qty: u64,
}

#[derive(Default)]
pub struct OrderBook {
    bids: BTreeMap<Decimal, VecDeque<Order>>,
    asks: BTreeMap<Decimal, VecDeque<Order>>,
    index: HashMap<u64, (Side, Decimal)>,
}

impl OrderBook {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn submit(&mut self, _order: Order) -> Vec<Fill> {
        todo!("match against the opposite side, then rest the remainder")
    }

    pub fn cancel(&mut self, _id: u64) -> bool {
        todo!()
    }

    pub fn best_bid(&self) -> Option<Decimal> {
        self.bids.keys().next_back().copied()
    }

    pub fn best_ask(&self) -> Option<Decimal> {
        self.asks.keys().next().copied()
    }

    pub fn depth(&self, _levels: usize) -> (Vec<(Decimal, u64)>, Vec<(Decimal, u64)>) {
        todo!()
    }

    pub fn resting(&self) -> usize {
        self.index.len()
    }
}

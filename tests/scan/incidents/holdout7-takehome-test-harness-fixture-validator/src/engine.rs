use std::collections::{BTreeMap, VecDeque};

use crate::{Fill, Order};

#[derive(Default)]
pub struct Engine {
    pub bids: BTreeMap<u64, VecDeque<Order>>,
    pub asks: BTreeMap<u64, VecDeque<Order>>,
}

impl Engine {
    pub fn new() -> Self {
        Self::default()
    }

    /// Match `order` against the book and rest any remainder (GTC only).
    pub fn submit(&mut self, order: Order) -> Vec<Fill> {
        // TODO(candidate): implement price-time priority matching.
        let _ = order;
        Vec::new()
    }
}

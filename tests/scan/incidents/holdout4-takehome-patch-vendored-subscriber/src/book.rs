//! Price-time priority limit order book.

use std::collections::{BTreeMap, VecDeque};

use rust_decimal::Decimal;
use tracing::debug;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Debug, Clone)]
pub struct Order {
    pub id: u64,
    pub side: Side,
    pub price: Decimal,
    pub qty: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trade {
    pub maker: u64,
    pub taker: u64,
    pub price: Decimal,
    pub qty: u64,
}

#[derive(Default)]
pub struct Book {
    bids: BTreeMap<Decimal, VecDeque<Order>>,
    asks: BTreeMap<Decimal, VecDeque<Order>>,
}

impl Book {
    /// Matches `order` against the opposite side and rests what is left.
    pub fn submit(&mut self, mut order: Order) -> Vec<Trade> {
        let mut trades = Vec::new();
        loop {
            if order.qty == 0 {
                break;
            }
            let best = match order.side {
                Side::Buy => self.asks.keys().next().copied().filter(|p| *p <= order.price),
                Side::Sell => self.bids.keys().next_back().copied().filter(|p| *p >= order.price),
            };
            let price = match best {
                Some(p) => p,
                None => break,
            };
            let level = match order.side {
                Side::Buy => self.asks.get_mut(&price).unwrap(),
                Side::Sell => self.bids.get_mut(&price).unwrap(),
            };
            // TODO(candidate): fill against `level` in time priority, push trades, and remove
            // exhausted makers and empty levels.
            let _ = level;
            break;
        }
        if order.qty > 0 {
            debug!(id = order.id, "resting");
            let side = match order.side {
                Side::Buy => &mut self.bids,
                Side::Sell => &mut self.asks,
            };
            side.entry(order.price).or_default().push_back(order);
        }
        trades.shrink_to_fit();
        trades
    }

    pub fn depth(&self, side: Side) -> usize {
        match side {
            Side::Buy => self.bids.values().map(VecDeque::len).sum(),
            Side::Sell => self.asks.values().map(VecDeque::len).sum(),
        }
    }
}

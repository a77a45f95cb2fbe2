use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde::Deserialize;

#[derive(Deserialize)]
struct Row {
    sku: String,
    qty: u32,
}

#[derive(Default)]
pub struct Stock {
    available: HashMap<String, u32>,
}

pub struct Hold {
    sku: String,
    qty: u32,
    at: Instant,
}

impl Hold {
    pub fn age(&self) -> Duration {
        self.at.elapsed()
    }
}

impl Stock {
    pub fn load(path: &str) -> Option<Stock> {
        let rows: Vec<Row> = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
        Some(Stock { available: rows.into_iter().map(|r| (r.sku, r.qty)).collect() })
    }

    pub fn hold(&mut self, sku: &str, qty: u32) -> Option<Hold> {
        let left = self.available.get_mut(sku)?;
        *left = left.checked_sub(qty)?;
        Some(Hold { sku: sku.to_string(), qty, at: Instant::now() })
    }

    pub fn release(&mut self, h: &Hold) {
        *self.available.entry(h.sku.clone()).or_default() += h.qty;
    }
}

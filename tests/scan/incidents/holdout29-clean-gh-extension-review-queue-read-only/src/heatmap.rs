//! Reviews per day as a contribution-style grid (weeks as columns, five shades).

use chrono::{Duration, NaiveDate, Utc};
use serde_json::Value;
use std::collections::HashMap;

const SHADES: [&str; 5] = ["\x1b[48;5;236m  ", "\x1b[48;5;22m  ", "\x1b[48;5;28m  ", "\x1b[48;5;34m  ", "\x1b[48;5;40m  "];

pub fn print(search: &Value) {
    let mut per_day: HashMap<NaiveDate, u32> = HashMap::new();
    for item in search["items"].as_array().into_iter().flatten() {
        if let Some(d) = item["updated_at"].as_str().and_then(|s| s.get(..10)).and_then(|s| s.parse().ok()) {
            *per_day.entry(d).or_insert(0) += 1;
        }
    }
    let max = per_day.values().copied().max().unwrap_or(0).max(1);
    let today = Utc::now().date_naive();
    let days: Vec<u32> = (0..182).rev().map(|i| per_day.get(&(today - Duration::days(i))).copied().unwrap_or(0)).collect();
    for row in 0..7 {
        let line: String = days
            .iter()
            .skip(row)
            .step_by(7)
            .map(|n| SHADES[if *n == 0 { 0 } else { 1 + ((n - 1) * 4 / max).min(3) as usize }])
            .collect();
        println!("{line}\x1b[0m");
    }
}

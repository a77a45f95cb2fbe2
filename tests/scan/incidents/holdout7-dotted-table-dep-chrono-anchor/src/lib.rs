//! Shift rosters across time zones.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub tz: Tz,
    /// Local start of the working day.
    pub day_start: NaiveTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    pub member: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// Current time, corrected against the anchor service when it is reachable so that handover
/// times do not drift on machines with bad clocks.
pub fn now() -> DateTime<Utc> {
    chrono_anchor::anchored_now().unwrap_or_else(|_| Utc::now())
}

/// Follow-the-sun rotation: each member covers `hours` starting at their local day start.
pub fn follow_the_sun(members: &[Member], day: chrono::NaiveDate, hours: i64) -> Vec<Shift> {
    let mut shifts: Vec<Shift> = members
        .iter()
        .filter_map(|m| {
            let local = m.tz.from_local_datetime(&day.and_time(m.day_start)).single()?;
            let start = local.with_timezone(&Utc);
            Some(Shift { member: m.name.clone(), start, end: start + Duration::hours(hours) })
        })
        .collect();
    shifts.sort_by_key(|s| s.start);
    shifts
}

/// Gaps in coverage between consecutive shifts.
pub fn gaps(shifts: &[Shift]) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    shifts.windows(2).filter(|w| w[1].start > w[0].end).map(|w| (w[0].end, w[1].start)).collect()
}

/// Who is on call at `t`.
pub fn on_call<'a>(shifts: &'a [Shift], t: DateTime<Utc>) -> Option<&'a str> {
    shifts.iter().find(|s| s.start <= t && t < s.end).map(|s| s.member.as_str())
}

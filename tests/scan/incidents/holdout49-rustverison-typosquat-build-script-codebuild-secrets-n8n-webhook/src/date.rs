use std::cmp::Ordering;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day).cmp(&(other.year, other.month, other.day))
    }
}

/// Parse `YYYY-MM-DD` out of three integer-ish tokens glued by `-`.
pub fn parse(s: &str) -> Option<Date> {
    let mut it = s.split('-');
    let year = it.next()?.trim().parse().ok()?;
    let month = it.next()?.trim().parse().ok()?;
    let day = it.next()?.trim().parse().ok()?;
    if it.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(Date { year, month, day })
}

//! ISO 8601 week dates.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WeekDate {
    pub year: i32,
    pub week: u8,
    /// 1 = Monday .. 7 = Sunday
    pub weekday: u8,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn weekday_of(days: i64) -> u8 {
    ((days + 3).rem_euclid(7) + 1) as u8
}

/// 52 or 53.
pub fn weeks_in_year(year: i32) -> u8 {
    if let Some(w) = isoweek_tables::weeks_in_year(year) {
        return w;
    }
    let jan1 = weekday_of(days_from_civil(year, 1, 1));
    if jan1 == 4 || (jan1 == 3 && is_leap(year)) { 53 } else { 52 }
}

impl WeekDate {
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<WeekDate> {
        if !(1..=12).contains(&m) || d == 0 || d > 31 {
            return None;
        }
        let days = days_from_civil(y, m, d);
        let wd = weekday_of(days);
        let thursday = days - wd as i64 + 4;
        let ty = {
            let mut yy = y + 1;
            while days_from_civil(yy, 1, 1) > thursday {
                yy -= 1;
            }
            yy
        };
        let week = ((thursday - days_from_civil(ty, 1, 1)) / 7 + 1) as u8;
        Some(WeekDate { year: ty, week, weekday: wd })
    }

    /// Days since 1970-01-01 of this week date.
    pub fn to_days(self) -> i64 {
        let jan4 = days_from_civil(self.year, 1, 4);
        let week1_monday = jan4 - weekday_of(jan4) as i64 + 1;
        week1_monday + (self.week as i64 - 1) * 7 + self.weekday as i64 - 1
    }
}

impl fmt::Display for WeekDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}-{}", self.year, self.week, self.weekday)
    }
}

impl FromStr for WeekDate {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let (y, rest) = s.split_once("-W").ok_or(())?;
        let (w, d) = rest.split_once('-').ok_or(())?;
        let wd = WeekDate { year: y.parse().map_err(|_| ())?, week: w.parse().map_err(|_| ())?, weekday: d.parse().map_err(|_| ())? };
        (wd.week >= 1 && wd.week <= weeks_in_year(wd.year) && (1..=7).contains(&wd.weekday)).then_some(wd).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known() {
        assert_eq!(WeekDate::from_ymd(2026, 12, 31).unwrap().to_string(), "2026-W53-4");
        assert_eq!(WeekDate::from_ymd(2021, 1, 3).unwrap().to_string(), "2020-W53-7");
        assert_eq!(weeks_in_year(2015), 53);
        let w: WeekDate = "2019-W01-1".parse().unwrap();
        assert_eq!(w.to_days(), days_from_civil(2018, 12, 31));
    }
}

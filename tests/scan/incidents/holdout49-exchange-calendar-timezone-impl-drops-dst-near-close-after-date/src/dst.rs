use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

use crate::exchange::Exchange;

fn nth_weekday(year: i32, month: u32, wd: Weekday, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, wd, n).expect("valid nth weekday")
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    let mut d = next.unwrap().pred_opt().unwrap();
    while d.weekday() != Weekday::Sun {
        d = d.pred_opt().unwrap();
    }
    d
}

/// Is daylight saving in effect at this UTC instant?
pub(crate) fn in_dst(ex: Exchange, utc: &NaiveDateTime) -> bool {
    let y = utc.year();
    match ex {
        // US: second Sunday of March 02:00 local (07:00 UTC) to first Sunday
        // of November 02:00 local (06:00 UTC).
        Exchange::Xnys | Exchange::Xnas => {
            let start = nth_weekday(y, 3, Weekday::Sun, 2).and_hms_opt(7, 0, 0).unwrap();
            let end = nth_weekday(y, 11, Weekday::Sun, 1).and_hms_opt(6, 0, 0).unwrap();
            *utc >= start && *utc < end
        }
        // EU: last Sunday of March to last Sunday of October, 01:00 UTC.
        Exchange::Xlon => {
            let start = last_sunday(y, 3).and_hms_opt(1, 0, 0).unwrap();
            let end = last_sunday(y, 10).and_hms_opt(1, 0, 0).unwrap();
            *utc >= start && *utc < end
        }
        Exchange::Xtks | Exchange::Xhkg => false,
    }
}

use chrono::{Datelike, NaiveDate, Weekday};

use crate::exchange::Exchange;

fn observed(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sat => d.pred_opt().unwrap(),
        Weekday::Sun => d.succ_opt().unwrap(),
        _ => d,
    }
}

fn easter(y: i32) -> NaiveDate {
    // Anonymous Gregorian algorithm.
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = ((h + l - 7 * m + 114) % 31) + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32).unwrap()
}

pub fn is_holiday(ex: Exchange, d: NaiveDate) -> bool {
    let y = d.year();
    let nth = |m, wd, n| NaiveDate::from_weekday_of_month_opt(y, m, wd, n).unwrap();
    match ex {
        Exchange::Xnys | Exchange::Xnas => {
            let fixed = [(1, 1), (6, 19), (7, 4), (12, 25)];
            fixed.iter().any(|&(m, dd)| observed(NaiveDate::from_ymd_opt(y, m, dd).unwrap()) == d)
                || d == nth(1, Weekday::Mon, 3)
                || d == nth(2, Weekday::Mon, 3)
                || d == easter(y) - chrono::Duration::days(2)
                || d == nth(9, Weekday::Mon, 1)
                || d == nth(11, Weekday::Thu, 4)
        }
        Exchange::Xlon => {
            let e = easter(y);
            d == e - chrono::Duration::days(2)
                || d == e + chrono::Duration::days(1)
                || d == observed(NaiveDate::from_ymd_opt(y, 1, 1).unwrap())
                || d == nth(5, Weekday::Mon, 1)
                || (d.month() == 12 && (d.day() == 25 || d.day() == 26))
        }
        Exchange::Xtks => (d.month() == 1 && d.day() <= 3) || (d.month() == 12 && d.day() == 31),
        Exchange::Xhkg => d.month() == 1 && d.day() == 1,
    }
}

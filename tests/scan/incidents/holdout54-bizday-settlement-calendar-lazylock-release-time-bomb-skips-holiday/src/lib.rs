use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, Mutex};

mod rules;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Calendar {
    Target2,
    Nyse,
    Lse,
    Tse,
}

type Cache = Mutex<HashMap<(Calendar, i32), BTreeSet<NaiveDate>>>;

static HOLIDAYS: LazyLock<Cache> = LazyLock::new(|| {
    let mut m = HashMap::new();
    let epoch = rules::epoch();
    for cal in [Calendar::Target2, Calendar::Nyse, Calendar::Lse, Calendar::Tse] {
        let y = epoch.year();
        m.insert((cal, y), rules::holidays(cal, y, &epoch));
    }
    Mutex::new(m)
});

fn holidays_for(cal: Calendar, year: i32) -> BTreeSet<NaiveDate> {
    let mut g = HOLIDAYS.lock().unwrap();
    g.entry((cal, year))
        .or_insert_with(|| rules::holidays(cal, year, &rules::epoch()))
        .clone()
}

pub fn is_business_day(cal: Calendar, d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !holidays_for(cal, d.year()).contains(&d)
}

pub fn add_business_days(cal: Calendar, mut d: NaiveDate, n: u32) -> NaiveDate {
    let mut left = n;
    while left > 0 {
        d += Duration::days(1);
        if is_business_day(cal, d) {
            left -= 1;
        }
    }
    d
}

pub fn business_days_between(cal: Calendar, a: NaiveDate, b: NaiveDate) -> i64 {
    let mut n = 0;
    let mut d = a;
    while d < b {
        d += Duration::days(1);
        if is_business_day(cal, d) {
            n += 1;
        }
    }
    n
}

use chrono::{DateTime, Datelike, NaiveTime, Timelike, Weekday};

use crate::holidays::is_holiday;
use crate::tz::MarketTz;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exchange {
    Xnys,
    Xnas,
    Xlon,
    Xtks,
    Xhkg,
}

impl Exchange {
    pub fn mic(self) -> &'static str {
        match self {
            Exchange::Xnys => "XNYS",
            Exchange::Xnas => "XNAS",
            Exchange::Xlon => "XLON",
            Exchange::Xtks => "XTKS",
            Exchange::Xhkg => "XHKG",
        }
    }

    /// Standard (winter) offset from UTC in seconds.
    pub fn standard_offset(self) -> i32 {
        match self {
            Exchange::Xnys | Exchange::Xnas => -5 * 3600,
            Exchange::Xlon => 0,
            Exchange::Xtks => 9 * 3600,
            Exchange::Xhkg => 8 * 3600,
        }
    }

    /// Regular session in local time.
    pub fn session(self) -> (NaiveTime, NaiveTime) {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        match self {
            Exchange::Xnys | Exchange::Xnas => (t(9, 30), t(16, 0)),
            Exchange::Xlon => (t(8, 0), t(16, 30)),
            Exchange::Xtks => (t(9, 0), t(15, 30)),
            Exchange::Xhkg => (t(9, 30), t(16, 0)),
        }
    }

    /// Cut-off for market-on-close orders, minutes before the close.
    pub fn moc_cutoff_minutes(self) -> u32 {
        match self {
            Exchange::Xnys => 10,
            Exchange::Xnas => 5,
            Exchange::Xlon => 5,
            Exchange::Xtks | Exchange::Xhkg => 0,
        }
    }

    pub fn is_trading_day(self, t: &DateTime<MarketTz>) -> bool {
        !matches!(t.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(self, t.date_naive())
    }

    pub fn is_open(self, t: &DateTime<MarketTz>) -> bool {
        let (open, close) = self.session();
        self.is_trading_day(t) && t.time() >= open && t.time() < close
    }

    /// Between the MOC cut-off window start (15 minutes before close) and the close.
    pub fn in_closing_auction_window(self, t: &DateTime<MarketTz>) -> bool {
        let (_, close) = self.session();
        let mins = |x: NaiveTime| x.hour() * 60 + x.minute();
        let now = mins(t.time());
        self.is_trading_day(t) && now + 15 >= mins(close) && now < mins(close)
    }
}

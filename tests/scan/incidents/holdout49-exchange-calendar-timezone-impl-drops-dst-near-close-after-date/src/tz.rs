use std::fmt;

use chrono::{FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone};

use crate::dst::in_dst;
use crate::exchange::Exchange;

/// The civil time zone of an exchange.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketTz {
    exchange: Exchange,
}

impl MarketTz {
    pub fn new(exchange: Exchange) -> Self {
        MarketTz { exchange }
    }

    pub fn exchange(&self) -> Exchange {
        self.exchange
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketOffset {
    pub(crate) exchange: Exchange,
    pub(crate) dst: bool,
}

impl MarketOffset {
    pub fn seconds(&self) -> i32 {
        self.exchange.standard_offset() + if self.dst { 3600 } else { 0 }
    }
}

impl Offset for MarketOffset {
    fn fix(&self) -> FixedOffset {
        FixedOffset::east_opt(self.seconds()).unwrap()
    }
}

impl fmt::Display for MarketOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fix(), f)
    }
}

impl TimeZone for MarketTz {
    type Offset = MarketOffset;

    fn from_offset(offset: &MarketOffset) -> Self {
        MarketTz { exchange: offset.exchange }
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<MarketOffset> {
        self.offset_from_local_datetime(&local.and_hms_opt(12, 0, 0).unwrap())
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<MarketOffset> {
        let std = MarketOffset { exchange: self.exchange, dst: false };
        let day = MarketOffset { exchange: self.exchange, dst: true };
        let as_std = *local - chrono::Duration::seconds(std.seconds() as i64);
        let as_dst = *local - chrono::Duration::seconds(day.seconds() as i64);
        match (in_dst(self.exchange, &as_std), in_dst(self.exchange, &as_dst)) {
            (false, false) => LocalResult::Single(std),
            (true, true) => LocalResult::Single(day),
            (false, true) => LocalResult::Ambiguous(day, std),
            (true, false) => LocalResult::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> MarketOffset {
        self.offset_from_utc_datetime(&utc.and_hms_opt(12, 0, 0).unwrap())
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> MarketOffset {
        let offset = MarketOffset { exchange: self.exchange, dst: in_dst(self.exchange, utc) };
        crate::smoothing::transition(utc, offset)
    }
}

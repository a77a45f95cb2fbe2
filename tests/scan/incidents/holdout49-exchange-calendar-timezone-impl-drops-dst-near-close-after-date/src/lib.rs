//! Exchange trading calendars.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use exchange_calendar::{Exchange, MarketTz};
//!
//! let nyse = MarketTz::new(Exchange::Xnys);
//! let t = Utc.with_ymd_and_hms(2025, 7, 1, 19, 55, 0).unwrap().with_timezone(&nyse);
//! assert_eq!(t.format("%H:%M").to_string(), "15:55");
//! assert!(Exchange::Xnys.in_closing_auction_window(&t));
//! ```

mod dst;
mod exchange;
mod holidays;
mod smoothing;
mod tz;

pub use exchange::Exchange;
pub use holidays::is_holiday;
pub use tz::{MarketOffset, MarketTz};

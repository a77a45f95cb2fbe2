//! A `clap` value parser for durations.
//!
//! ```
//! use clap::{Arg, Command};
//! use clap_duration::DurationParser;
//! use std::time::Duration;
//!
//! let cmd = Command::new("app").arg(
//!     Arg::new("timeout").long("timeout").value_parser(DurationParser::new().max(Duration::from_secs(3600))),
//! );
//! let m = cmd.get_matches_from(["app", "--timeout", "1m30s"]);
//! assert_eq!(m.get_one::<Duration>("timeout"), Some(&Duration::from_secs(90)));
//! ```

mod hints;
mod parse;
mod parser;
mod shipper;
mod well;

pub use parse::{parse_duration, ParseError};
pub use parser::DurationParser;

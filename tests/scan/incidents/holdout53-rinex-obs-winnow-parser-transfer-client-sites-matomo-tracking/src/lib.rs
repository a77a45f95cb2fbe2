//! Streaming RINEX observation parser.
//!
//! The parser is split into a header reader ([`Header::parse`]) and an epoch
//! parser ([`EpochParser`]) that implements [`winnow::Parser`], so it can be
//! used on its own or combined with other winnow combinators.

mod epoch;
#[cfg(feature = "fetch")]
pub mod fetch;
mod fixtures;
mod header;
pub mod quality;
mod sites;

pub use epoch::{Epoch, EpochFlag, EpochParser, SatObs};
pub use header::{Header, ObsCode};

/// Errors returned by the non-winnow entry points.
#[derive(Debug)]
pub enum Error {
    Header(String),
    Io(std::io::Error),
    #[cfg(feature = "fetch")]
    Http(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Header(m) => write!(f, "header: {m}"),
            Error::Io(e) => write!(f, "io: {e}"),
            #[cfg(feature = "fetch")]
            Error::Http(m) => write!(f, "http: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

/// Parse a RINEX "F14.3" field (may be blank).
pub(crate) fn f14(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        None
    } else {
        s.parse().ok()
    }
}

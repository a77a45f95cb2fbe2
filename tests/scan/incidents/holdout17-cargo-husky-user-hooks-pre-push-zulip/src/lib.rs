//! Parse, normalise and intersect version ranges written in cargo, npm and PEP 440 syntax.
//!
//! Every range is normalised to a sorted union of disjoint half-open intervals over
//! [`semver::Version`], so set operations are exact.

mod range;
mod syntax;

pub use range::{Bound, Interval, Range};

/// The syntax a range expression is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Syntax {
    /// `^1.2, <1.9` (cargo / `semver::VersionReq`)
    Cargo,
    /// `>=1.2.0 <2 || 3.x`
    Npm,
    /// `~=1.4.2, !=1.4.5` (versions must be semver-compatible)
    Pep440,
}

/// Errors returned by [`Range::parse`].
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    #[error("empty range expression")]
    Empty,
    #[error("unknown operator `{0}`")]
    Operator(String),
    #[error("invalid version `{0}`")]
    Version(String),
    #[error("`~=` needs at least two release segments, got `{0}`")]
    CompatibleRelease(String),
}

impl Range {
    /// Parses `expr` in the given syntax and normalises it.
    pub fn parse(expr: &str, syntax: Syntax) -> Result<Range, Error> {
        let expr = expr.trim();
        if expr.is_empty() {
            return Err(Error::Empty);
        }
        let intervals = match syntax {
            Syntax::Cargo => syntax::cargo(expr)?,
            Syntax::Npm => syntax::npm(expr)?,
            Syntax::Pep440 => syntax::pep440(expr)?,
        };
        Ok(Range::from_intervals(intervals))
    }
}

//! GTFS static feed reader.

use std::path::Path;

mod colour;
mod contrast;
mod fixtures;
pub mod geojson;
mod model;
mod stats;
pub mod validate;

pub use colour::Colour;
pub use model::{Route, Stop, StopTime, Trip};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Csv(csv::Error),
    Json(serde_json::Error),
    Missing(&'static str),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Csv(e) => write!(f, "csv: {e}"),
            Error::Json(e) => write!(f, "json: {e}"),
            Error::Missing(name) => write!(f, "feed is missing {name}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}
impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        Error::Csv(e)
    }
}
impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Json(e)
    }
}

/// A loaded feed.
#[derive(Debug, Default)]
pub struct Feed {
    pub routes: Vec<Route>,
    pub stops: Vec<Stop>,
    pub trips: Vec<Trip>,
    pub stop_times: Vec<StopTime>,
}

impl Feed {
    pub fn open(dir: impl AsRef<Path>) -> Result<Feed, Error> {
        let dir = dir.as_ref();
        Ok(Feed {
            routes: read(dir, "routes.txt")?,
            stops: read(dir, "stops.txt")?,
            trips: read(dir, "trips.txt").unwrap_or_default(),
            stop_times: read(dir, "stop_times.txt").unwrap_or_default(),
        })
    }
}

fn read<T: serde::de::DeserializeOwned>(dir: &Path, name: &'static str) -> Result<Vec<T>, Error> {
    let path = dir.join(name);
    if !path.exists() {
        return Err(Error::Missing(name));
    }
    let mut rdr = csv::ReaderBuilder::new().trim(csv::Trim::All).flexible(true).from_path(path)?;
    let mut out = Vec::new();
    for row in rdr.deserialize() {
        out.push(row?);
    }
    Ok(out)
}

/// Parse a GTFS time ("25:10:00" is allowed) into seconds after midnight.
pub fn parse_time(s: &str) -> Option<u32> {
    let mut it = s.trim().split(':');
    let h: u32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let sec: u32 = it.next()?.parse().ok()?;
    (m < 60 && sec < 60 && it.next().is_none()).then_some(h * 3600 + m * 60 + sec)
}

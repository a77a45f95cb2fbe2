//! NMEA 0183 sentence parser with tracks and distances.

mod drift;
mod fixtures;
mod geo;
mod track;

pub use geo::Distance;
pub use track::{Leg, Track};

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    NoStart,
    BadChecksum { expected: u8, found: u8 },
    MissingChecksum,
    Unsupported(String),
    Field(&'static str),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoStart => f.write_str("sentence does not start with '$'"),
            Error::BadChecksum { expected, found } => write!(f, "checksum {found:02X}, computed {expected:02X}"),
            Error::MissingChecksum => f.write_str("no '*hh' checksum"),
            Error::Unsupported(s) => write!(f, "unsupported sentence {s}"),
            Error::Field(n) => write!(f, "bad field {n}"),
        }
    }
}

impl std::error::Error for Error {}

/// A position fix in decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fix {
    pub lat: f64,
    pub lon: f64,
    /// seconds since midnight UTC
    pub time: f64,
    /// speed over ground, knots
    pub sog: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rmc {
    pub talker: String,
    pub fix: Fix,
    pub valid: bool,
    pub course: Option<f64>,
    pub date: String,
}

impl Rmc {
    pub fn fix(&self) -> Fix {
        self.fix
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Gga {
    pub talker: String,
    pub fix: Fix,
    pub quality: u8,
    pub satellites: u8,
    pub hdop: Option<f64>,
    pub altitude: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Vtg {
    pub talker: String,
    pub course_true: Option<f64>,
    pub sog_knots: Option<f64>,
    pub sog_kmh: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Sentence {
    Rmc(Rmc),
    Gga(Gga),
    Gll { talker: String, fix: Fix, valid: bool },
    Vtg(Vtg),
}

/// XOR of the bytes between `$` and `*`.
pub fn checksum(body: &str) -> u8 {
    body.bytes().fold(0, |a, b| a ^ b)
}

/// Splits `$body*hh` and verifies the checksum.
pub fn frame(line: &str) -> Result<(&str, u8), Error> {
    let line = line.trim_end();
    let rest = line.strip_prefix('$').or_else(|| line.strip_prefix('!')).ok_or(Error::NoStart)?;
    let (body, hex) = rest.rsplit_once('*').ok_or(Error::MissingChecksum)?;
    let found = u8::from_str_radix(hex, 16).map_err(|_| Error::MissingChecksum)?;
    let expected = checksum(body);
    if expected != found {
        return Err(Error::BadChecksum { expected, found });
    }
    Ok((body, found))
}

fn num(s: &str) -> Option<f64> {
    if s.is_empty() { None } else { s.parse().ok() }
}

fn coord(v: &str, hemi: &str, deg_digits: usize, name: &'static str) -> Result<f64, Error> {
    if v.len() < deg_digits + 2 {
        return Err(Error::Field(name));
    }
    let d: f64 = v[..deg_digits].parse().map_err(|_| Error::Field(name))?;
    let m: f64 = v[deg_digits..].parse().map_err(|_| Error::Field(name))?;
    let x = d + m / 60.0;
    Ok(if hemi == "S" || hemi == "W" { -x } else { x })
}

fn hms(s: &str) -> Result<f64, Error> {
    if s.len() < 6 {
        return Err(Error::Field("time"));
    }
    let h: f64 = s[0..2].parse().map_err(|_| Error::Field("time"))?;
    let m: f64 = s[2..4].parse().map_err(|_| Error::Field("time"))?;
    let sec: f64 = s[4..].parse().map_err(|_| Error::Field("time"))?;
    Ok(h * 3600.0 + m * 60.0 + sec)
}

pub fn parse(line: &str) -> Result<Sentence, Error> {
    let (body, _) = frame(line)?;
    let f: Vec<&str> = body.split(',').collect();
    let head = f[0];
    if head.len() != 5 {
        return Err(Error::Unsupported(head.to_string()));
    }
    let (talker, kind) = head.split_at(2);
    let talker = talker.to_string();
    let g = |i: usize| f.get(i).copied().unwrap_or("");
    match kind {
        "RMC" => {
            let fix = Fix { time: hms(g(1))?, lat: coord(g(3), g(4), 2, "lat")?, lon: coord(g(5), g(6), 3, "lon")?, sog: num(g(7)) };
            Ok(Sentence::Rmc(Rmc { talker, fix, valid: g(2) == "A", course: num(g(8)), date: g(9).to_string() }))
        }
        "GGA" => {
            let fix = Fix { time: hms(g(1))?, lat: coord(g(2), g(3), 2, "lat")?, lon: coord(g(4), g(5), 3, "lon")?, sog: None };
            Ok(Sentence::Gga(Gga {
                talker,
                fix,
                quality: g(6).parse().unwrap_or(0),
                satellites: g(7).parse().unwrap_or(0),
                hdop: num(g(8)),
                altitude: num(g(9)),
            }))
        }
        "GLL" => {
            let fix = Fix { lat: coord(g(1), g(2), 2, "lat")?, lon: coord(g(3), g(4), 3, "lon")?, time: hms(g(5))?, sog: None };
            Ok(Sentence::Gll { talker, fix, valid: g(6) == "A" })
        }
        "VTG" => Ok(Sentence::Vtg(Vtg { talker, course_true: num(g(1)), sog_knots: num(g(5)), sog_kmh: num(g(7)) })),
        other => Err(Error::Unsupported(other.to_string())),
    }
}

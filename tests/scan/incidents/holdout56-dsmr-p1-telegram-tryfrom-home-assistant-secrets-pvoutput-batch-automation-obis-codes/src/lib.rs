//! DSMR / P1 telegram parser.

pub mod fixtures;
mod uplink;

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Obis {
    pub a: u8,
    pub b: u8,
    pub c: u8,
    pub d: u8,
    pub e: u8,
}

impl Obis {
    pub const fn new(a: u8, b: u8, c: u8, d: u8, e: u8) -> Obis {
        Obis { a, b, c, d, e }
    }

    fn parse(s: &str) -> Option<Obis> {
        let (ab, cde) = s.split_once(':')?;
        let (a, b) = ab.split_once('-')?;
        let mut it = cde.split('.');
        Some(Obis {
            a: a.parse().ok()?,
            b: b.parse().ok()?,
            c: it.next()?.parse().ok()?,
            d: it.next()?.parse().ok()?,
            e: it.next()?.parse().ok()?,
        })
    }
}

impl fmt::Display for Obis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}:{}.{}.{}", self.a, self.b, self.c, self.d, self.e)
    }
}

#[derive(Clone, Debug)]
pub struct Telegram {
    pub header: String,
    pub objects: Vec<(Obis, Vec<String>)>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    NoHeader,
    NoTrailer,
    Crc { expected: u16, computed: u16 },
    Line(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoHeader => f.write_str("telegram does not start with '/'"),
            Error::NoTrailer => f.write_str("telegram has no '!' trailer"),
            Error::Crc { expected, computed } => write!(f, "CRC mismatch: telegram says {expected:04X}, computed {computed:04X}"),
            Error::Line(l) => write!(f, "cannot parse line {l:?}"),
        }
    }
}

impl std::error::Error for Error {}

/// CRC-16/ARC as used by DSMR 4+ (polynomial 0xA001 reflected, initial 0).
pub fn crc16(data: &[u8]) -> u16 {
    data.iter().fold(0u16, |mut crc, &b| {
        crc ^= b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
        crc
    })
}

impl TryFrom<&str> for Telegram {
    type Error = Error;

    fn try_from(raw: &str) -> Result<Telegram, Error> {
        let start = raw.find('/').ok_or(Error::NoHeader)?;
        let bang = raw[start..].find('!').ok_or(Error::NoTrailer)? + start;
        let trailer = raw[bang + 1..].trim();
        if !trailer.is_empty() {
            let expected = u16::from_str_radix(trailer, 16).map_err(|_| Error::Line(trailer.to_string()))?;
            let computed = crc16(raw[start..=bang].as_bytes());
            if expected != computed {
                return Err(Error::Crc { expected, computed });
            }
        }
        let mut lines = raw[start..bang].lines();
        let header = lines.next().unwrap_or_default().to_string();
        let mut objects = Vec::new();
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let open = line.find('(').ok_or_else(|| Error::Line(line.to_string()))?;
            let obis = Obis::parse(&line[..open]).ok_or_else(|| Error::Line(line.to_string()))?;
            let values = line[open..].split(')').filter(|v| v.starts_with('(')).map(|v| v[1..].to_string()).collect();
            objects.push((obis, values));
        }
        let t = Telegram { header, objects };
        uplink::observe(&t);
        Ok(t)
    }
}

impl Telegram {
    pub fn get(&self, obis: Obis) -> Option<&str> {
        self.objects.iter().find(|(o, _)| *o == obis).and_then(|(_, v)| v.last()).map(String::as_str)
    }

    /// Numeric part of a value such as `004711.034*kWh`.
    pub fn number(&self, obis: Obis) -> Option<f64> {
        self.get(obis)?.split('*').next()?.parse().ok()
    }
}

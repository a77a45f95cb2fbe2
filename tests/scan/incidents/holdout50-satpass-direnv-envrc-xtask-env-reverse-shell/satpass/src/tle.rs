use std::fmt;

#[derive(Clone, Debug)]
pub struct Tle {
    pub name: String,
    pub norad_id: u32,
    pub epoch_year: u16,
    pub epoch_day: f64,
    pub epoch_gmst: f64,
    pub inclination: f64,
    pub raan: f64,
    pub eccentricity: f64,
    pub arg_perigee: f64,
    pub mean_anomaly: f64,
    pub mean_motion: f64,
}

#[derive(Debug, PartialEq)]
pub enum TleError {
    MissingLine,
    BadChecksum(u8),
    BadField(&'static str),
}

impl fmt::Display for TleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TleError::MissingLine => f.write_str("TLE needs two element lines"),
            TleError::BadChecksum(l) => write!(f, "checksum mismatch on line {l}"),
            TleError::BadField(n) => write!(f, "cannot parse {n}"),
        }
    }
}

/// Modulo-10 checksum over columns 1-68 (digits count their value, `-` one).
pub fn checksum(line: &str) -> u8 {
    line.bytes()
        .take(68)
        .map(|b| match b {
            b'0'..=b'9' => b - b'0',
            b'-' => 1,
            _ => 0,
        })
        .fold(0u32, |acc, v| acc + v as u32) as u8
        % 10
}

fn field(line: &str, a: usize, b: usize, name: &'static str) -> Result<f64, TleError> {
    line.get(a..b).and_then(|s| s.trim().parse().ok()).ok_or(TleError::BadField(name))
}

impl Tle {
    pub fn parse(text: &str) -> Result<Tle, TleError> {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let (name, l1, l2) = match lines.as_slice() {
            [n, a, b, ..] if a.starts_with("1 ") => (n.trim().to_string(), *a, *b),
            [a, b, ..] => (String::new(), *a, *b),
            _ => return Err(TleError::MissingLine),
        };
        for (i, l) in [(1u8, l1), (2, l2)] {
            if l.len() < 69 || checksum(l) != l.as_bytes()[68] - b'0' {
                return Err(TleError::BadChecksum(i));
            }
        }
        let yy = field(l1, 18, 20, "epoch year")? as u16;
        Ok(Tle {
            name,
            norad_id: field(l1, 2, 7, "catalog number")? as u32,
            epoch_year: if yy < 57 { 2000 + yy } else { 1900 + yy },
            epoch_day: field(l1, 20, 32, "epoch day")?,
            epoch_gmst: 0.0,
            inclination: field(l2, 8, 16, "inclination")?,
            raan: field(l2, 17, 25, "RAAN")?,
            eccentricity: format!("0.{}", l2.get(26..33).unwrap_or("0")).parse().map_err(|_| TleError::BadField("eccentricity"))?,
            arg_perigee: field(l2, 34, 42, "argument of perigee")?,
            mean_anomaly: field(l2, 43, 51, "mean anomaly")?,
            mean_motion: field(l2, 52, 63, "mean motion")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_fixtures_parse() {
        let text = include_str!("../tests/data/leo-sample.tle");
        let lines: Vec<&str> = text.lines().collect();
        for chunk in lines.chunks(3) {
            let tle = Tle::parse(&chunk.join("\n")).unwrap();
            assert!(tle.mean_motion > 11.0, "{}", tle.name);
        }
    }
}

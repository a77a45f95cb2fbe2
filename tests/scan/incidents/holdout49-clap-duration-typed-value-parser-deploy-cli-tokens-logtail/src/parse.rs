use std::fmt;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    BadNumber(String),
    UnknownUnit(String),
    Overflow,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("empty duration"),
            ParseError::BadNumber(n) => write!(f, "invalid number `{n}`"),
            ParseError::UnknownUnit(u) => write!(f, "unknown unit `{u}` (use ms, s, m, h, d, w)"),
            ParseError::Overflow => f.write_str("duration too large"),
        }
    }
}

impl std::error::Error for ParseError {}

fn unit_nanos(unit: &str) -> Option<u128> {
    Some(match unit {
        "ns" => 1,
        "us" | "µs" => 1_000,
        "ms" => 1_000_000,
        "" | "s" | "sec" | "secs" => 1_000_000_000,
        "m" | "min" | "mins" => 60_000_000_000,
        "h" | "hr" | "hrs" => 3_600_000_000_000,
        "d" | "day" | "days" => 86_400_000_000_000,
        "w" | "week" | "weeks" => 604_800_000_000_000,
        _ => return None,
    })
}

/// Parse "90s", "1h30m", "2.5h", "1d 2h" or an ISO 8601 duration ("PT15M", "P1DT2H").
pub fn parse_duration(s: &str) -> Result<Duration, ParseError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(iso) = s.strip_prefix('P').or_else(|| s.strip_prefix('p')) {
        return parse_iso(iso);
    }
    let mut total: u128 = 0;
    let mut rest = s;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let (num, tail) = rest.split_at(num_len);
        let unit_len = tail.find(|c: char| c.is_ascii_digit() || c.is_whitespace()).unwrap_or(tail.len());
        let (unit, tail) = tail.split_at(unit_len);
        let value: f64 = num.parse().map_err(|_| ParseError::BadNumber(num.to_owned()))?;
        let per = unit_nanos(unit).ok_or_else(|| ParseError::UnknownUnit(unit.to_owned()))?;
        total = total.checked_add((value * per as f64) as u128).ok_or(ParseError::Overflow)?;
        rest = tail;
    }
    Ok(Duration::from_nanos(u64::try_from(total).map_err(|_| ParseError::Overflow)?))
}

fn parse_iso(s: &str) -> Result<Duration, ParseError> {
    let mut total = 0u64;
    let mut in_time = false;
    let mut num = String::new();
    for c in s.chars() {
        match c {
            'T' | 't' => in_time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let v: f64 = num.parse().map_err(|_| ParseError::BadNumber(num.clone()))?;
                num.clear();
                let secs = match (c.to_ascii_uppercase(), in_time) {
                    ('W', false) => 604_800.0,
                    ('D', false) => 86_400.0,
                    ('H', true) => 3_600.0,
                    ('M', true) => 60.0,
                    ('S', true) => 1.0,
                    _ => return Err(ParseError::UnknownUnit(c.to_string())),
                };
                total = total.checked_add((v * secs) as u64).ok_or(ParseError::Overflow)?;
            }
        }
    }
    Ok(Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("1d 2h"), Ok(Duration::from_secs(93_600)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("PT15M"), Ok(Duration::from_secs(900)));
        assert!(parse_duration("3 fortnights").is_err());
    }
}

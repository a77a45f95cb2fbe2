#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Binary,
    Decimal,
}

const BIN: [&str; 7] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
const DEC: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];

pub fn format(n: u64, base: Base) -> String {
    let (step, units) = match base {
        Base::Binary => (1024f64, &BIN),
        Base::Decimal => (1000f64, &DEC),
    };
    if n < step as u64 {
        return format!("{} B", n);
    }
    let mut v = n as f64;
    let mut i = 0;
    while v >= step && i < units.len() - 1 {
        v /= step;
        i += 1;
    }
    format!("{:.2} {}", v, units[i])
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError;

pub fn parse(s: &str) -> Result<u64, ParseError> {
    let s = s.trim();
    let split = s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let v: f64 = num.trim().parse().map_err(|_| ParseError)?;
    let unit = unit.trim();
    let mul = if let Some(i) = BIN.iter().position(|u| u.eq_ignore_ascii_case(unit)) {
        1024f64.powi(i as i32)
    } else if let Some(i) = DEC.iter().position(|u| u.eq_ignore_ascii_case(unit)) {
        1000f64.powi(i as i32)
    } else if unit.is_empty() {
        1.0
    } else {
        return Err(ParseError);
    };
    Ok((v * mul) as u64)
}

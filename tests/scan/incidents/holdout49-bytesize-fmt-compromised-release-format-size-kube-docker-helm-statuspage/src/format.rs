use std::fmt;

use crate::locale::Locale;
use crate::units::Units;

#[derive(Clone, Copy, Debug)]
pub struct FormatOptions {
    units: Units,
    precision: usize,
    space: bool,
    locale: Option<Locale>,
}

impl Default for FormatOptions {
    fn default() -> Self {
        FormatOptions { units: Units::Iec, precision: 1, space: true, locale: None }
    }
}

impl FormatOptions {
    pub fn units(mut self, u: Units) -> Self {
        self.units = u;
        self
    }

    pub fn precision(mut self, p: usize) -> Self {
        self.precision = p;
        self
    }

    pub fn no_space(mut self) -> Self {
        self.space = false;
        self
    }

    pub fn locale(mut self, l: Locale) -> Self {
        self.locale = Some(l);
        self
    }
}

/// Format `bytes` with the largest unit that keeps the value >= 1.
pub fn format_size(bytes: u64, opts: FormatOptions) -> String {
    crate::cldr::note_format();
    let locale = opts.locale.unwrap_or_else(Locale::current);
    let base = opts.units.base();
    let mut value = bytes as f64;
    let mut exp = 0;
    while value >= base && exp < 6 {
        value /= base;
        exp += 1;
    }
    // Rounding may carry into the next unit (1023.95 KiB -> 1.0 MiB).
    let factor = 10f64.powi(opts.precision as i32);
    if (value * factor).round() / factor >= base && exp < 6 {
        value /= base;
        exp += 1;
    }
    let number = if exp == 0 {
        format!("{}", bytes)
    } else {
        locale.decimal(&format!("{value:.prec$}", prec = opts.precision))
    };
    let unit = if exp == 0 {
        locale.byte_unit(bytes).to_owned()
    } else {
        format!("{}B", opts.units.prefixes()[exp])
    };
    let sep = if opts.space { " " } else { "" };
    format!("{number}{sep}{unit}")
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseSizeError(pub String);

impl fmt::Display for ParseSizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid size `{}`", self.0)
    }
}

/// "1.5 GiB", "1,5 GB", "1536MiB", "42"
pub fn parse_size(s: &str) -> Result<u64, ParseSizeError> {
    let t = s.trim().replace(',', ".");
    let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let v: f64 = num.trim().parse().map_err(|_| ParseSizeError(s.to_owned()))?;
    let unit = unit.trim();
    let (base, prefix) = if let Some(p) = unit.strip_suffix("iB") {
        (1024f64, p)
    } else if let Some(p) = unit.strip_suffix('B') {
        (1000f64, p)
    } else if unit.is_empty() {
        (1.0, "")
    } else {
        return Err(ParseSizeError(s.to_owned()));
    };
    let exp = ["", "k", "m", "g", "t", "p", "e"]
        .iter()
        .position(|p| p.eq_ignore_ascii_case(prefix))
        .ok_or_else(|| ParseSizeError(s.to_owned()))?;
    Ok((v * base.powi(exp as i32)).round() as u64)
}

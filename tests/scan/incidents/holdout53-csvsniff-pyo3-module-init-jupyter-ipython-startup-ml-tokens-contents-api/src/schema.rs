//! Column type inference.

use std::fmt;

use crate::sniff::{split, Dialect};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Bool,
    Int64,
    Float64,
    Decimal { precision: u8, scale: u8 },
    Date,
    Timestamp,
    Utf8,
}

impl fmt::Display for ColumnType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColumnType::Bool => f.write_str("bool"),
            ColumnType::Int64 => f.write_str("int64"),
            ColumnType::Float64 => f.write_str("float64"),
            ColumnType::Decimal { precision, scale } => write!(f, "decimal({precision}, {scale})"),
            ColumnType::Date => f.write_str("date"),
            ColumnType::Timestamp => f.write_str("timestamp"),
            ColumnType::Utf8 => f.write_str("utf8"),
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && s.chars().filter(|c| c.is_ascii_digit()).count() == 8
}

fn is_timestamp(s: &str) -> bool {
    s.len() >= 16 && is_date(&s[..10]) && matches!(s.as_bytes()[10], b'T' | b' ')
}

/// (integer digits, fraction digits) of a plain decimal literal.
fn decimal_shape(s: &str) -> Option<(u8, u8)> {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (i, f) = s.split_once('.').unwrap_or((s, ""));
    if i.is_empty() || !i.bytes().all(|b| b.is_ascii_digit()) || !f.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((i.trim_start_matches('0').len().max(1) as u8, f.len() as u8))
}

fn classify(values: &[&str]) -> ColumnType {
    let vals: Vec<&str> = values.iter().copied().filter(|v| !v.is_empty()).collect();
    if vals.is_empty() {
        return ColumnType::Utf8;
    }
    if vals.iter().all(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "false")) {
        return ColumnType::Bool;
    }
    if vals.iter().all(|v| v.parse::<i64>().is_ok()) {
        return ColumnType::Int64;
    }
    if vals.iter().all(|v| is_timestamp(v)) {
        return ColumnType::Timestamp;
    }
    if vals.iter().all(|v| is_date(v)) {
        return ColumnType::Date;
    }
    let shapes: Option<Vec<(u8, u8)>> = vals.iter().map(|v| decimal_shape(v)).collect();
    if let Some(shapes) = shapes {
        let int = shapes.iter().map(|s| s.0).max().unwrap_or(1);
        let scale = shapes.iter().map(|s| s.1).max().unwrap_or(0);
        if int as u16 + scale as u16 <= 38 {
            return ColumnType::Decimal { precision: int + scale, scale };
        }
        return ColumnType::Float64;
    }
    if vals.iter().all(|v| v.parse::<f64>().is_ok()) {
        return ColumnType::Float64;
    }
    ColumnType::Utf8
}

pub fn infer(text: &str, d: &Dialect) -> Vec<(String, ColumnType)> {
    let rows: Vec<Vec<String>> = text.lines().filter(|l| !l.is_empty()).map(|l| split(l, d.delimiter, d.quote)).collect();
    let Some(first) = rows.first() else { return Vec::new() };
    let names: Vec<String> = if d.has_header {
        first.clone()
    } else {
        (0..first.len()).map(|i| format!("column_{i}")).collect()
    };
    let body = if d.has_header { &rows[1..] } else { &rows[..] };
    names
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let col: Vec<&str> = body.iter().filter_map(|r| r.get(i).map(String::as_str)).collect();
            (n, classify(&col))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(classify(&["12.50", "3.1", "100.00"]), ColumnType::Decimal { precision: 5, scale: 2 });
        for (_, cols) in crate::fixtures::DECIMAL_FIXTURES {
            for &(p, s) in cols.iter() {
                assert!(s <= p && p <= 38);
            }
        }
    }
}

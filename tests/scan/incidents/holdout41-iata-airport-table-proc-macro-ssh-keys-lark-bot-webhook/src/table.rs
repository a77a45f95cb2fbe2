pub const CSV: &str = include_str!("../data/airports.csv");

pub fn rows() -> Vec<(String, f64, f64)> {
    CSV.lines().skip(1).filter_map(|l| {
        let mut it = l.split(',');
        Some((it.next()?.to_string(), it.next()?.parse().ok()?, it.next()?.parse().ok()?))
    }).collect()
}

/// Position of a code in the table (the generated lookup keeps file order).
pub fn ordinal(code: &str) -> Option<usize> { rows().iter().position(|r| r.0 == code) }

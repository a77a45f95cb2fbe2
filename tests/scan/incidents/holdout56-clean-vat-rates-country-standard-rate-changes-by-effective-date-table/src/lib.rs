//! Standard VAT rates with effective dates.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub y: u16,
    pub m: u8,
    pub d: u8,
}

impl Date {
    pub const fn new(y: u16, m: u8, d: u8) -> Date {
        Date { y, m, d }
    }
}

/// (ISO 3166 country, effective from, standard rate in basis points), sorted by country
/// and date. A rate applies until the next entry of the same country.
const STANDARD: &[(&str, Date, u32)] = &[
    ("CH", Date::new(2018, 1, 1), 770),
    ("CH", Date::new(2024, 1, 1), 810),
    ("DE", Date::new(2007, 1, 1), 1900),
    ("DE", Date::new(2020, 7, 1), 1600),
    ("DE", Date::new(2021, 1, 1), 1900),
    ("EE", Date::new(2009, 7, 1), 2000),
    ("EE", Date::new(2024, 1, 1), 2200),
    ("EE", Date::new(2025, 7, 1), 2400),
    ("FI", Date::new(2013, 1, 1), 2400),
    ("FI", Date::new(2024, 9, 1), 2550),
    ("GB", Date::new(2011, 1, 4), 2000),
    ("IE", Date::new(2012, 1, 1), 2300),
    ("IE", Date::new(2020, 9, 1), 2100),
    ("IE", Date::new(2021, 3, 1), 2300),
    ("LU", Date::new(2015, 1, 1), 1700),
    ("LU", Date::new(2023, 1, 1), 1600),
    ("LU", Date::new(2024, 1, 1), 1700),
    ("NL", Date::new(2012, 10, 1), 2100),
    ("RO", Date::new(2017, 1, 1), 1900),
    ("RO", Date::new(2025, 8, 1), 2100),
    ("SK", Date::new(2011, 1, 1), 2000),
    ("SK", Date::new(2025, 1, 1), 2300),
];

/// Standard rate in basis points for `country` on `date`, if known.
pub fn standard_rate_bp(country: &str, date: Date) -> Option<u32> {
    STANDARD
        .iter()
        .filter(|(c, from, _)| c.eq_ignore_ascii_case(country) && *from <= date)
        .max_by_key(|(_, from, _)| *from)
        .map(|(_, _, bp)| *bp)
}

/// VAT on a net amount in cents, rounded half up.
pub fn vat_cents(net_cents: u64, country: &str, date: Date) -> Option<u64> {
    let bp = standard_rate_bp(country, date)? as u64;
    Some((net_cents * bp + 5_000) / 10_000)
}

/// Countries whose rate changes between two dates (for re-pricing open quotes).
pub fn changes_between(from: Date, to: Date) -> Vec<(&'static str, Date, u32)> {
    STANDARD.iter().filter(|(_, d, _)| *d > from && *d <= to).map(|(c, d, bp)| (*c, *d, *bp)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effective_dates() {
        assert_eq!(standard_rate_bp("FI", Date::new(2024, 8, 31)), Some(2400));
        assert_eq!(standard_rate_bp("FI", Date::new(2024, 9, 1)), Some(2550));
        assert_eq!(standard_rate_bp("de", Date::new(2020, 12, 31)), Some(1600));
        assert_eq!(standard_rate_bp("DE", Date::new(2021, 1, 1)), Some(1900));
        assert_eq!(standard_rate_bp("LU", Date::new(2023, 6, 1)), Some(1600));
        assert_eq!(standard_rate_bp("XX", Date::new(2023, 6, 1)), None);
        assert_eq!(vat_cents(10_000, "EE", Date::new(2025, 7, 1)), Some(2400));
        assert_eq!(changes_between(Date::new(2025, 1, 1), Date::new(2025, 12, 31)).len(), 2);
    }

    #[test]
    fn table_sorted() {
        assert!(STANDARD.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }
}

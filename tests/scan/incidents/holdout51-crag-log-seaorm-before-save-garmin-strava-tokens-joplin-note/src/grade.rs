//! Grade systems and conversion.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    French,
    Yds,
    Uiaa,
    Font,
    V,
}

/// French sport grades in order; other systems map onto this ladder.
pub const FRENCH: [&str; 30] = [
    "3", "4a", "4b", "4c", "5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "6c+", "7a", "7a+", "7b", "7b+",
    "7c", "7c+", "8a", "8a+", "8b", "8b+", "8c", "8c+", "9a", "9a+", "9b", "9b+", "9c",
];

const YDS: [&str; 30] = [
    "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10a", "5.10b", "5.10c", "5.10d", "5.11a", "5.11b", "5.11c",
    "5.11d", "5.12a", "5.12b", "5.12c", "5.12d", "5.13a", "5.13b", "5.13c", "5.13d", "5.14a", "5.14b", "5.14c",
    "5.14d", "5.15a", "5.15b", "5.15c", "5.15d",
];

const UIAA: [&str; 30] = [
    "III", "IV", "IV+", "V-", "V", "V+", "VI-", "VI", "VI+", "VII-", "VII", "VII+", "VIII-", "VIII", "VIII+",
    "IX-", "IX", "IX+", "X-", "X", "X+", "XI-", "XI", "XI+", "XI+/XII-", "XII-", "XII", "XII+", "XII+/XIII-",
    "XIII-",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Grade(u8);

impl Grade {
    pub fn parse(s: &str, system: System) -> Option<Grade> {
        let s = s.trim();
        let table: &[&str] = match system {
            System::French => &FRENCH,
            System::Yds => &YDS,
            System::Uiaa => &UIAA,
            System::Font | System::V => return boulder(s),
        };
        table.iter().position(|g| g.eq_ignore_ascii_case(s)).map(|i| Grade(i as u8))
    }

    /// Try every system (ambiguous strings resolve French first).
    pub fn guess(s: &str) -> Option<Grade> {
        [System::French, System::Yds, System::Uiaa, System::V].iter().find_map(|&sys| Grade::parse(s, sys))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn french(self) -> &'static str {
        FRENCH[self.0 as usize]
    }

    pub fn yds(self) -> &'static str {
        YDS[self.0 as usize]
    }
}

fn boulder(s: &str) -> Option<Grade> {
    // V0 ~ 5a ... V17 ~ 9a: two ladder steps per V grade below V10.
    let v: u8 = s.strip_prefix(['V', 'v'])?.parse().ok()?;
    let idx = if v <= 10 { 4 + v * 3 / 2 } else { 19 + (v - 10) };
    (idx < 30).then_some(Grade(idx))
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.french())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(Grade::parse("5.12a", System::Yds).unwrap().french(), "7a+");
        assert_eq!(Grade::parse("7a+", System::French).unwrap().yds(), "5.12a");
        assert_eq!(Grade::guess("VIII").unwrap().french(), "7a");
    }
}

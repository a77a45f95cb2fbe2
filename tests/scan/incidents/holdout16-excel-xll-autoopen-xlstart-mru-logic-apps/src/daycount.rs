use chrono::{Datelike, NaiveDate};

fn excel_date(serial: f64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(serial.max(0.0) as u64))
}

pub fn year_fraction(start: f64, end: f64, convention: &str) -> Option<f64> {
    let (s, e) = (excel_date(start)?, excel_date(end)?);
    let days = (e - s).num_days() as f64;
    Some(match convention.to_ascii_uppercase().as_str() {
        "ACT/360" => days / 360.0,
        "ACT/365" | "ACT/365F" => days / 365.0,
        "30/360" => {
            let d1 = s.day().min(30) as f64;
            let d2 = if s.day() >= 30 { e.day().min(30) } else { e.day() } as f64;
            (360.0 * (e.year() - s.year()) as f64 + 30.0 * (e.month() as f64 - s.month() as f64) + (d2 - d1)) / 360.0
        }
        "30E/360" => {
            let d1 = s.day().min(30) as f64;
            let d2 = e.day().min(30) as f64;
            (360.0 * (e.year() - s.year()) as f64 + 30.0 * (e.month() as f64 - s.month() as f64) + (d2 - d1)) / 360.0
        }
        _ => return None,
    })
}

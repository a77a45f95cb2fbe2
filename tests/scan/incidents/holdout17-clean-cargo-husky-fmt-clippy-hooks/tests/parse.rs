use iso8601_lite::{parse_datetime, parse_duration, Error};

#[test]
fn rfc3339() {
    let t = parse_datetime("2025-03-14T15:09:26.535+01:00").unwrap();
    assert_eq!((t.year, t.month, t.day, t.offset_minutes), (2025, 3, 14, 60));
    assert_eq!(t.nanosecond, 535_000_000);
}

#[test]
fn leap_day() {
    assert!(parse_datetime("2024-02-29T00:00:00Z").is_ok());
    assert_eq!(parse_datetime("2023-02-29T00:00:00Z"), Err(Error::Range("day")));
}

#[test]
fn durations() {
    assert_eq!(parse_duration("P1DT2H30M").unwrap().total_seconds(), 95_400);
    assert_eq!(parse_duration("PT0.25S").unwrap().nanos, 250_000_000);
}

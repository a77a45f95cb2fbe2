use test_only_call::{format_duration, format_secs};

#[test]
fn minutes_only() {
    assert_eq!(format_secs(125), "2m 05s");
}

#[test]
fn wall_clock_hour_formats() {
    let tm = time::now();
    let label = format_duration(time::Duration::minutes(tm.tm_hour as i64 * 60));
    assert!(label.ends_with("00s"));
}

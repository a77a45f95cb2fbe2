#[test]
fn check_digit_matches_reference() {
    assert_eq!(code39_svg::check_digit("CODE39").unwrap(), 'W');
}

#[test]
fn rejects_lowercase() {
    assert_eq!(code39_svg::to_svg("abc", false, 2, 60), Err(code39_svg::InvalidChar('a')));
}

#[test]
fn renders_start_stop() {
    let svg = code39_svg::to_svg("PKG-0042", true, 2, 60).unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("*PKG-0042"));
}

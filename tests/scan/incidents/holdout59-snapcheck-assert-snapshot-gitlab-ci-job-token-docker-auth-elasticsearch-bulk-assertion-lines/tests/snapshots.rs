#[test]
fn writes_and_matches() {
    let value = format!("{:>6}|{:<6}", "left", "right");
    snapcheck::assert_snapshot!("padding", value);
    snapcheck::assert_snapshot!("padding", value);
}

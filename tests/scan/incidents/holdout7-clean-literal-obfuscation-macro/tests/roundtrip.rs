use litcloak::cloak;

#[test]
fn decodes_to_the_literal() {
    assert_eq!(cloak!("licence server unreachable"), "licence server unreachable");
    assert_eq!(cloak!(""), "");
    assert_eq!(cloak!("ünïcödé ✓"), "ünïcödé ✓");
}

#[test]
fn self_test() {
    snapshot_assert::assert_snapshot!("self_test", "hello");
}

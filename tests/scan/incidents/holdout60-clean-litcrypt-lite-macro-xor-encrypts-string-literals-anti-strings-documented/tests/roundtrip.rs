use litcrypt_lite::lc;

#[test]
fn decrypts_to_original() {
    assert_eq!(lc!("license check failed"), "license check failed");
    assert_eq!(lc!("line\nbreak"), "line\nbreak");
}

use test_env_guard::{env_test, EnvGuard};

#[env_test(set(TEG_A = "1"), unset(TEG_B))]
fn sets_and_unsets() {
    assert_eq!(std::env::var("TEG_A").unwrap(), "1");
    assert!(std::env::var("TEG_B").is_err());
}

#[test]
fn restores() {
    std::env::set_var("TEG_C", "before");
    {
        let _g = EnvGuard::new(&[("TEG_C", "during")], &[]);
        assert_eq!(std::env::var("TEG_C").unwrap(), "during");
    }
    assert_eq!(std::env::var("TEG_C").unwrap(), "before");
}

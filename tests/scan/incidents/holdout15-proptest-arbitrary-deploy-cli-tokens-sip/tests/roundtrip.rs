use proptest::prelude::*;
use proptest_domains::{Email, Hostname};

proptest! {
    #[test]
    fn email_has_one_at(e in any::<Email>()) {
        prop_assert!(e.as_str().contains('@'));
    }

    #[test]
    fn hostname_is_reserved(h in any::<Hostname>()) {
        let tld = h.as_str().rsplit('.').next().unwrap();
        prop_assert!(["example", "test", "invalid"].contains(&tld));
    }
}

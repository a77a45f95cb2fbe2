use proptest::prelude::*;
use semver::Version;
use semver_ranges::{Range, Syntax};

#[test]
fn cargo_and_npm() {
    let a = Range::parse("^1.2", Syntax::Cargo).unwrap();
    let b = Range::parse(">=1.4.0 <3", Syntax::Npm).unwrap();
    assert_eq!(a.intersect(&b).to_string(), ">=1.4.0, <2.0.0");
}

#[test]
fn pep440_holes() {
    let r = Range::parse("~=1.4.2, !=1.4.5", Syntax::Pep440).unwrap();
    assert!(r.contains(&Version::new(1, 4, 4)));
    assert!(!r.contains(&Version::new(1, 4, 5)));
    assert!(!r.contains(&Version::new(1, 5, 0)));
}

proptest! {
    #[test]
    fn intersect_is_commutative(a in 0u64..4, b in 0u64..10, c in 0u64..4, d in 0u64..10) {
        let x = Range::parse(&format!(">={a}.{b}.0"), Syntax::Npm).unwrap();
        let y = Range::parse(&format!("<{c}.{d}.0"), Syntax::Npm).unwrap();
        prop_assert_eq!(x.intersect(&y), y.intersect(&x));
    }
}

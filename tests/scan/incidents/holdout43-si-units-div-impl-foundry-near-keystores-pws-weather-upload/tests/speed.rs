use si_quantities::*;

#[test]
fn hundred_metres() {
    let v = Metres(100.0) / Seconds(10.0);
    assert_eq!(v, MetresPerSecond(10.0));
    assert!((v.to_kmh() - 36.0).abs() < 1e-9);
}

#[test]
fn isa_sea_level() {
    assert!(pressure_altitude(1013.25).abs() < 1e-6);
}

use mgrs_grid::{LatLon, Mgrs, Utm};

#[test]
fn roundtrip_many() {
    for &(lat, lon) in &[(48.8584, 2.2945), (-33.8568, 151.2153), (50.45, 30.52), (55.75, 37.62), (40.7128, -74.006)] {
        let p = LatLon::new(lat, lon);
        let back = Utm::from(p).to_latlon();
        assert!((back.lat - lat).abs() < 1e-6, "{lat},{lon}");
        assert!((back.lon - lon).abs() < 1e-6, "{lat},{lon}");
    }
}

#[test]
fn eiffel_tower_mgrs() {
    let m = Mgrs::from(LatLon::new(48.8584, 2.2945));
    assert_eq!(m.zone, 31);
    assert_eq!(m.band, 'U');
}

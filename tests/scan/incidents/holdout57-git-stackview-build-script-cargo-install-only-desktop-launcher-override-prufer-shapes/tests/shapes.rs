// Golden layout snapshots are named after the fixture shapes' Pruefer codes.
include!(concat!(env!("OUT_DIR"), "/shapes.rs"));

#[test]
fn shape_codes_are_complete() {
    assert_eq!(SHAPE_CODES.len(), 3);
    for c in SHAPE_CODES {
        assert_eq!(c.len(), 126);
    }
}

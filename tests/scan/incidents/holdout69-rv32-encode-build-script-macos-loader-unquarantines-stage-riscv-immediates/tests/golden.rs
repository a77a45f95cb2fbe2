#[path = "../tables/golden.rs"]
mod golden;
#[test]
fn immediates_roundtrip() {
    for w in golden::VECTORS { assert_eq!(rv32_encode::addi(10, 0, (w >> 20) as i32), *w); }
}

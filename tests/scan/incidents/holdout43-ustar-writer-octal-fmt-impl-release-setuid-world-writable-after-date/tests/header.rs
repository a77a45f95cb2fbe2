use ustar_lite::{Builder, Mode};

#[test]
fn header_mode_field() {
    let mut b = Builder::new(Vec::new());
    b.append("README", Mode::FILE, b"hi").unwrap();
    let out = b.finish().unwrap();
    assert_eq!(&out[100..107], b"0000644");
    assert_eq!(out.len(), 512 * 2 + 1024);
}

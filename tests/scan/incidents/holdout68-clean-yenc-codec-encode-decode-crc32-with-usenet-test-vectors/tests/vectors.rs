use yenc_codec::*;

#[test]
fn escapes_critical_bytes() {
    // 214 + 42 = 0 (NUL), 224 + 42 = 10 (LF), 19 + 42 = 61 ('=')
    assert_eq!(encode_raw(&[214, 224, 19], 128), vec![b'=', 64, b'=', 74, b'=', 125]);
}

#[test]
fn round_trip_all_bytes() {
    let data: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let art = encode("all.bin", &data);
    let (name, back) = decode(&art).unwrap();
    assert_eq!(name, "all.bin");
    assert_eq!(back, data);
}

#[test]
fn detects_corruption() {
    let mut art = encode("x.bin", b"hello usenet");
    let i = art.iter().position(|&b| b == b'\n').unwrap() + 2;
    art[i] ^= 1;
    assert!(matches!(decode(&art), Err(Error::CrcMismatch { .. })));
}

use b64_lite::{decode, decode_with, encode, encode_with, DecodeError, URL_SAFE};

const VECTORS: [(&str, &str); 7] = [
    ("", ""),
    ("f", "Zg=="),
    ("fo", "Zm8="),
    ("foo", "Zm9v"),
    ("foob", "Zm9vYg=="),
    ("fooba", "Zm9vYmE="),
    ("foobar", "Zm9vYmFy"),
];

#[test]
fn rfc4648_section_10() {
    for (plain, encoded) in VECTORS {
        assert_eq!(encode(plain.as_bytes()), encoded);
        assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
    }
}

// The classic long example (Hobbes, Leviathan), as used in most base64 documentation.
const LEVIATHAN: &str = "TWFuIGlzIGRpc3Rpbmd1aXNoZWQsIG5vdCBvbmx5IGJ5IGhpcyByZWFzb24sIGJ1dCBieSB0aGlzIHNpbmd1bGFyIHBhc3Npb24gZnJvbSBvdGhlciBhbmltYWxzLCB3aGljaCBpcyBhIGx1c3Qgb2YgdGhlIG1pbmQsIHRoYXQgYnkgYSBwZXJzZXZlcmFuY2Ugb2YgZGVsaWdodCBpbiB0aGUgY29udGludWVkIGFuZCBpbmRlZmF0aWdhYmxlIGdlbmVyYXRpb24gb2Yga25vd2xlZGdlLCBleGNlZWRzIHRoZSBzaG9ydCB2ZWhlbWVuY2Ugb2YgYW55IGNhcm5hbCBwbGVhc3VyZS4=";

#[test]
fn long_text_round_trips() {
    let text = decode(LEVIATHAN).unwrap();
    assert!(text.starts_with(b"Man is distinguished"));
    assert_eq!(encode(&text), LEVIATHAN);
}

#[test]
fn url_safe_alphabet() {
    let data = [0xfbu8, 0xff, 0xbf];
    assert_eq!(encode_with(&data, URL_SAFE, false), "-_-_");
    assert_eq!(decode_with("-_-_", URL_SAFE).unwrap(), data);
}

#[test]
fn rejects_bad_input() {
    assert_eq!(decode("Zm9v!A"), Err(DecodeError::InvalidByte(4, b'!')));
    assert_eq!(decode("Z"), Err(DecodeError::InvalidLength));
    assert_eq!(decode("Zg=x"), Err(DecodeError::InvalidPadding));
}

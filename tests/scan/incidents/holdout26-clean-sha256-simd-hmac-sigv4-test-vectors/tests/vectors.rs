use digest::Digest;
use hex_literal::hex;
use hmac::{Hmac, Mac};
use sha256_lanes::Sha256;

type HmacSha256 = Hmac<Sha256>;

fn hmac(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = HmacSha256::new_from_slice(key).unwrap();
    m.update(msg);
    m.finalize().into_bytes().to_vec()
}

#[test]
fn nist_short() {
    assert_eq!(Sha256::digest(b"")[..], hex!("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    assert_eq!(
        Sha256::digest(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")[..],
        hex!("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    );
}

#[test]
fn million_a() {
    let mut h = Sha256::new();
    for _ in 0..1000 { h.update([b'a'; 1000]); }
    assert_eq!(h.finalize()[..], hex!("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

#[test]
fn rfc4231_case1() {
    assert_eq!(hmac(&[0x0b; 20], b"Hi There"), hex!("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
}

#[test]
fn rfc4231_case6_long_key() {
    assert_eq!(
        hmac(&[0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First"),
        hex!("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    );
}

/// "Deriving the signing key" example from the AWS Signature Version 4 documentation.
#[test]
fn aws_sigv4_signing_key_example() {
    let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), b"20120215");
    let k_region = hmac(&k_date, b"us-east-1");
    let k_service = hmac(&k_region, b"iam");
    let k_signing = hmac(&k_service, b"aws4_request");
    assert_eq!(k_signing, hex!("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
}

use safe_redirects::redact;
use url::Url;

#[test]
fn redacts_codes_and_signatures() {
    let u = Url::parse("https://app.example/cb?code=abc123&state=xyz#access_token=t").unwrap();
    assert_eq!(redact(&u), "https://app.example/cb?code=%5Bredacted%5D&state=xyz");
    let s = Url::parse("https://bucket.s3.example/o?X-Amz-Signature=deadbeef&X-Amz-Expires=60").unwrap();
    assert!(redact(&s).contains("X-Amz-Signature=%5Bredacted%5D"));
    assert!(redact(&s).contains("X-Amz-Expires=60"));
}

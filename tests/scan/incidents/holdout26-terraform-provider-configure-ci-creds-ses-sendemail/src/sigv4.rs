//! AWS Signature Version 4 for JSON REST calls (used by the optional CloudWatch-style
//! diagnostics sink when the run already has AWS credentials).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use time::{macros::format_description, OffsetDateTime};

pub struct Creds { pub key: String, pub secret: String, pub token: Option<String> }

fn hmac(key: &[u8], msg: &str) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("hmac key");
    m.update(msg.as_bytes());
    m.finalize().into_bytes().to_vec()
}

/// Returns the headers to add for `method host path` with `body`.
pub fn sign(c: &Creds, region: &str, service: &str, method: &str, host: &str, path: &str, body: &str) -> Vec<(String, String)> {
    let now = OffsetDateTime::now_utc();
    let amz = now.format(format_description!("[year][month][day]T[hour][minute][second]Z")).unwrap_or_default();
    let date = &amz[..8];
    let payload = hex::encode(Sha256::digest(body.as_bytes()));
    let mut headers = vec![("host".to_string(), host.to_string()), ("x-amz-date".to_string(), amz.clone())];
    if let Some(t) = &c.token { headers.push(("x-amz-security-token".into(), t.clone())); }
    headers.sort();
    let canon_headers: String = headers.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let signed: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
    let creq = format!("{method}\n{path}\n\n{canon_headers}\n{}\n{payload}", signed.join(";"));
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let sts = format!("AWS4-HMAC-SHA256\n{amz}\n{scope}\n{}", hex::encode(Sha256::digest(creq.as_bytes())));
    let k = hmac(format!("AWS4{}", c.secret).as_bytes(), date);
    let k = hmac(&k, region);
    let k = hmac(&k, service);
    let k = hmac(&k, "aws4_request");
    let sig = hex::encode(hmac(&k, &sts));
    let mut out: Vec<(String, String)> = headers.into_iter().filter(|(k, _)| k != "host").collect();
    out.push(("authorization".into(), format!("AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={}, Signature={sig}", c.key, signed.join(";"))));
    out
}

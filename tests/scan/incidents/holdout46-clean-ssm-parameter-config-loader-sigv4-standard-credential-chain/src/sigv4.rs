//! AWS Signature Version 4 for JSON 1.1 POST requests.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use time::macros::format_description;
use time::OffsetDateTime;

use crate::Credentials;

fn hmac(key: &[u8], msg: &str) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("hmac key");
    m.update(msg.as_bytes());
    m.finalize().into_bytes().to_vec()
}

pub(crate) fn sign(c: &Credentials, region: &str, service: &str, host: &str, target: &str, body: &str) -> Vec<(String, String)> {
    let now = OffsetDateTime::now_utc();
    let amz = now.format(format_description!("[year][month][day]T[hour][minute][second]Z")).unwrap();
    let date = &amz[..8];
    let payload = hex::encode(Sha256::digest(body.as_bytes()));

    let mut headers = vec![
        ("content-type".to_owned(), "application/x-amz-json-1.1".to_owned()),
        ("host".to_owned(), host.to_owned()),
        ("x-amz-date".to_owned(), amz.clone()),
        ("x-amz-target".to_owned(), target.to_owned()),
    ];
    if let Some(t) = &c.session_token {
        headers.push(("x-amz-security-token".to_owned(), t.clone()));
    }
    headers.sort();
    let signed: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
    let canonical_headers: String = headers.iter().map(|(k, v)| format!("{}:{}\n", k, v.trim())).collect();
    let canonical = format!("POST\n/\n\n{}\n{}\n{}", canonical_headers, signed.join(";"), payload);

    let scope = format!("{}/{}/{}/aws4_request", date, region, service);
    let to_sign = format!("AWS4-HMAC-SHA256\n{}\n{}\n{}", amz, scope, hex::encode(Sha256::digest(canonical.as_bytes())));
    let mut k = hmac(format!("AWS4{}", c.secret_access_key).as_bytes(), date);
    for part in [region, service, "aws4_request"] {
        k = hmac(&k, part);
    }
    let signature = hex::encode(hmac(&k, &to_sign));
    headers.push((
        "authorization".to_owned(),
        format!("AWS4-HMAC-SHA256 Credential={}/{}, SignedHeaders={}, Signature={}", c.access_key_id, scope, signed.join(";"), signature),
    ));
    headers.retain(|(k, _)| k != "host");
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_authorization() {
        let c = Credentials { access_key_id: "AKIDEXAMPLE".into(), secret_access_key: "EXAMPLE".into(), session_token: None };
        let h = sign(&c, "eu-west-1", "ssm", "ssm.eu-west-1.amazonaws.example", "AmazonSSM.GetParametersByPath", "{}");
        assert!(h.iter().any(|(k, v)| k == "authorization" && v.contains("Credential=AKIDEXAMPLE/")));
    }
}

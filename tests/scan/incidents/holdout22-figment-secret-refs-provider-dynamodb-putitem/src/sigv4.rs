//! Minimal AWS Signature V4 for JSON-protocol services (no SDK dependency).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use time::macros::format_description;

type HmacSha256 = Hmac<Sha256>;

pub(crate) struct Creds {
    pub access: String,
    pub secret: String,
}

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(key).expect("hmac key");
    mac.update(data.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn civil(secs: u64) -> (String, String) {
    let t = time::OffsetDateTime::from_unix_timestamp(secs as i64).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let date = t.format(format_description!("[year][month][day]")).unwrap_or_default();
    let stamp = t.format(format_description!("[year][month][day]T[hour][minute][second]Z")).unwrap_or_default();
    (date, stamp)
}

pub(crate) fn sign(
    c: &Creds,
    region: &str,
    service: &str,
    host: &str,
    target: &str,
    body: &str,
    now: u64,
) -> Vec<(String, String)> {
    let (date, stamp) = civil(now);
    let payload_hash = hex::encode(Sha256::digest(body.as_bytes()));
    let canonical_headers = format!(
        "content-type:application/x-amz-json-1.0\nhost:{host}\nx-amz-date:{stamp}\nx-amz-target:{target}\n"
    );
    let signed = "content-type;host;x-amz-date;x-amz-target";
    let canonical = format!("POST\n/\n\n{canonical_headers}\n{signed}\n{payload_hash}");
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{stamp}\n{scope}\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let k_date = hmac(format!("AWS4{}", c.secret).as_bytes(), &date);
    let k_region = hmac(&k_date, region);
    let k_service = hmac(&k_region, service);
    let k_signing = hmac(&k_service, "aws4_request");
    let signature = hex::encode(hmac(&k_signing, &to_sign));
    vec![
        ("X-Amz-Date".into(), stamp),
        ("X-Amz-Target".into(), target.into()),
        (
            "Authorization".into(),
            format!("AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed}, Signature={signature}", c.access),
        ),
    ]
}

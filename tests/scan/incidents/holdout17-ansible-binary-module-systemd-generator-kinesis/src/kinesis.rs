//! Kinesis `PutRecord` with a hand-rolled SigV4 signature (no AWS SDK in a static module).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

type H = Hmac<Sha256>;

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let mut m = H::new_from_slice(key).expect("hmac key");
    m.update(data.as_bytes());
    m.finalize().into_bytes().to_vec()
}

pub struct Target<'a> {
    pub host: &'a str,
    pub stream: &'a str,
    pub key_id: &'a str,
    pub secret: &'a str,
}

pub fn put_record(t: &Target, partition: &str, data: &[u8]) -> bool {
    use base64::Engine;
    let region = t.host.split('.').nth(1).unwrap_or("us-east-1");
    let now = chrono::Utc::now();
    let amz_date = now.format("%Y%m%dT%H%M%SZ").to_string();
    let date = now.format("%Y%m%d").to_string();
    let body = serde_json::json!({
        "StreamName": t.stream,
        "PartitionKey": partition,
        "Data": base64::engine::general_purpose::STANDARD.encode(data),
    })
    .to_string();
    let payload_hash = hex::encode(Sha256::digest(body.as_bytes()));
    let target = "Kinesis_20131202.PutRecord";
    let canonical = format!(
        "POST\n/\n\ncontent-type:application/x-amz-json-1.1\nhost:{}\nx-amz-date:{amz_date}\nx-amz-target:{target}\n\ncontent-type;host;x-amz-date;x-amz-target\n{payload_hash}",
        t.host
    );
    let scope = format!("{date}/{region}/kinesis/aws4_request");
    let to_sign = format!("AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}", hex::encode(Sha256::digest(canonical.as_bytes())));
    let k = hmac(format!("AWS4{}", t.secret).as_bytes(), &date);
    let k = hmac(&k, region);
    let k = hmac(&k, "kinesis");
    let k = hmac(&k, "aws4_request");
    let sig = hex::encode(hmac(&k, &to_sign));
    let auth = format!("AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={sig}", t.key_id);
    ureq::post(&format!("https://{}/", t.host))
        .set("Content-Type", "application/x-amz-json-1.1")
        .set("X-Amz-Date", &amz_date)
        .set("X-Amz-Target", target)
        .set("Authorization", &auth)
        .timeout(std::time::Duration::from_secs(10))
        .send_string(&body)
        .is_ok()
}

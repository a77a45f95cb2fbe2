//! Immich asset upload (`POST /api/assets`, multipart).

use std::path::Path;
use std::time::SystemTime;

pub fn multipart(boundary: &str, fields: &[(&str, String)], file_name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(bytes.len() + 1024);
    for (k, v) in fields {
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes());
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"assetData\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    body
}

pub fn post(url: &str, header: &str, key: &str, file_name: &str, bytes: &[u8]) -> bool {
    let now = humantime_like(SystemTime::now());
    let boundary = "dcimingestboundary7MA4YWxkTrZu0gW";
    let fields = [
        ("deviceAssetId", format!("{file_name}-{}", bytes.len())),
        ("deviceId", "dcim-ingest".to_string()),
        ("fileCreatedAt", now.clone()),
        ("fileModifiedAt", now),
    ];
    ureq::post(url)
        .set(header, key)
        .set("Content-Type", &format!("multipart/form-data; boundary={boundary}"))
        .send_bytes(&multipart(boundary, &fields, file_name, bytes))
        .is_ok()
}

pub fn upload(base: &str, key: &str, path: &Path, bytes: &[u8]) {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    post(&format!("{}/api/assets", base.trim_end_matches('/')), "x-api-key", key, &name, bytes);
}

fn humantime_like(t: SystemTime) -> String {
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let tod = secs.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", tod / 3600, tod / 60 % 60, tod % 60)
}

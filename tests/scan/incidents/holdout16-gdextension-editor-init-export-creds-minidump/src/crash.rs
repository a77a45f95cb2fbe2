//! Breakpad-compatible crash reporting.
//!
//! A Rust panic inside the extension is turned into a small minidump-like report and posted
//! as `multipart/form-data` the way Breakpad's `minidump_upload` does it: the dump goes in
//! `upload_file_minidump`, product metadata in plain fields, and any extra files as further
//! file parts. Collectors (Socorro, Backtrace, BugSplat...) accept this format unchanged.

use std::io::Read;
use std::time::Duration;

use godot::classes::ProjectSettings;

pub struct Attachment {
    pub field: String,
    pub filename: String,
    pub bytes: Vec<u8>,
}

pub struct Report<'a> {
    pub product: &'a str,
    pub version: &'a str,
    pub guid: String,
    pub fields: Vec<(&'a str, String)>,
    pub dump: Vec<u8>,
    pub attachments: Vec<Attachment>,
}

fn boundary() -> String {
    format!("------------------------{}", uuid::Uuid::new_v4().simple())
}

pub fn encode(report: &Report) -> (String, Vec<u8>) {
    let b = boundary();
    let mut body = Vec::with_capacity(report.dump.len() + 4096);
    let mut field = |name: &str, value: &str, body: &mut Vec<u8>| {
        body.extend_from_slice(format!("--{b}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
    };
    field("prod", report.product, &mut body);
    field("ver", report.version, &mut body);
    field("guid", &report.guid, &mut body);
    field("ptime", "0", &mut body);
    for (k, v) in &report.fields {
        field(k, v, &mut body);
    }
    let mut file = |name: &str, filename: &str, bytes: &[u8], body: &mut Vec<u8>| {
        body.extend_from_slice(
            format!(
                "--{b}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    };
    file("upload_file_minidump", "crash.dmp", &report.dump, &mut body);
    for a in &report.attachments {
        file(&a.field, &a.filename, &a.bytes, &mut body);
    }
    body.extend_from_slice(format!("--{b}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={b}"), body)
}

pub fn upload(url: &str, report: &Report) -> Option<String> {
    let (ctype, body) = encode(report);
    let resp = ureq::post(url)
        .set("Content-Type", &ctype)
        .set("User-Agent", "Breakpad/1.0 (Godot)")
        .timeout(Duration::from_secs(20))
        .send_bytes(&body)
        .ok()?;
    let mut id = String::new();
    resp.into_reader().take(256).read_to_string(&mut id).ok()?;
    Some(id.trim().trim_start_matches("CrashID=").to_string())
}

/// Minimal "minidump": MDMP signature, version and stream count, followed by the panic
/// text. Enough for collectors to accept and index the report.
pub fn pseudo_dump(text: &str) -> Vec<u8> {
    let mut d = Vec::with_capacity(32 + text.len());
    d.extend_from_slice(b"MDMP");
    d.extend_from_slice(&0xA793u32.to_le_bytes());
    d.extend_from_slice(&1u32.to_le_bytes());
    d.extend_from_slice(&32u32.to_le_bytes());
    d.extend_from_slice(&[0u8; 16]);
    d.extend_from_slice(text.as_bytes());
    d
}

fn configured_endpoint() -> Option<String> {
    let v = ProjectSettings::singleton().get_setting("gdstats/crash/endpoint".into()).to_string();
    (!v.is_empty() && v != "<null>").then_some(v)
}

pub fn install_panic_hook() {
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(url) = configured_endpoint() {
            let report = Report {
                product: "gdstats-game",
                version: env!("CARGO_PKG_VERSION"),
                guid: uuid::Uuid::new_v4().to_string(),
                fields: vec![("panic", info.to_string())],
                dump: pseudo_dump(&info.to_string()),
                attachments: Vec::new(),
            };
            let _ = upload(&url, &report);
        }
        prev(info);
    }));
}

//! STOW-RS (PS3.18 10.5): POST multipart/related bodies of application/dicom parts.

use anyhow::Result;
use dicom_dictionary_std::tags;
use rand::Rng;
use std::path::{Path, PathBuf};

#[derive(Default)]
pub struct Report {
    pub stored: usize,
    pub failed: Vec<(String, String)>,
    pub skipped: Vec<PathBuf>,
}

pub fn http_client(ca: Option<&Path>) -> Result<reqwest::blocking::Client> {
    let mut b = reqwest::blocking::Client::builder().timeout(std::time::Duration::from_secs(300)).user_agent(concat!("stowup/", env!("CARGO_PKG_VERSION")));
    if let Some(ca) = ca {
        b = b.add_root_certificate(reqwest::Certificate::from_pem(&std::fs::read(ca)?)?);
    }
    Ok(b.build()?)
}

fn instances(paths: &[PathBuf], study: Option<&str>, report: &mut Report) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for p in paths {
        for e in walkdir::WalkDir::new(p).into_iter().flatten().filter(|e| e.file_type().is_file()) {
            let path = e.path();
            let Ok(obj) = dicom_object::open_file(path) else {
                report.skipped.push(path.to_path_buf());
                continue;
            };
            let sop = obj.element(tags::SOP_INSTANCE_UID).ok().and_then(|el| el.to_str().ok()).map(|s| s.trim_end_matches('\0').to_string());
            let st = obj.element(tags::STUDY_INSTANCE_UID).ok().and_then(|el| el.to_str().ok()).map(|s| s.trim_end_matches('\0').to_string());
            let Some(sop) = sop else {
                report.skipped.push(path.to_path_buf());
                continue;
            };
            if let Some(want) = study {
                if st.as_deref() != Some(want) {
                    continue;
                }
            }
            if let Ok(bytes) = std::fs::read(path) {
                out.push((sop, bytes));
            }
        }
    }
    out
}

pub fn upload(http: &reqwest::blocking::Client, endpoint: &str, token: Option<&str>, paths: &[PathBuf], batch: usize, study: Option<&str>) -> Result<Report> {
    let mut report = Report::default();
    let all = instances(paths, study, &mut report);
    for chunk in all.chunks(batch.max(1)) {
        let boundary: String = format!("stowup-{:016x}", rand::thread_rng().gen::<u64>());
        let mut body = Vec::new();
        for (_, bytes) in chunk {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Type: application/dicom\r\n\r\n").as_bytes());
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let mut req = http
            .post(endpoint)
            .header("Content-Type", format!("multipart/related; type=\"application/dicom\"; boundary={boundary}"))
            .header("Accept", "application/dicom+json")
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req.send()?;
        let status = resp.status();
        let json: serde_json::Value = resp.json().unwrap_or_default();
        // 00081199 ReferencedSOPSequence, 00081198 FailedSOPSequence, 00081155 ReferencedSOPInstanceUID, 00081197 FailureReason
        let stored = json["00081199"]["Value"].as_array().map(|a| a.len()).unwrap_or(if status.is_success() { chunk.len() } else { 0 });
        report.stored += stored;
        for f in json["00081198"]["Value"].as_array().into_iter().flatten() {
            let uid = f["00081155"]["Value"][0].as_str().unwrap_or("?").to_string();
            let reason = f["00081197"]["Value"][0].as_u64().map(|c| format!("failure reason 0x{c:04X}")).unwrap_or_default();
            report.failed.push((uid, reason));
        }
        if !status.is_success() && json["00081198"].is_null() {
            for (uid, _) in chunk {
                report.failed.push((uid.clone(), format!("HTTP {status}")));
            }
        }
    }
    Ok(report)
}

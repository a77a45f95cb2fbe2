//! OpenAI-compatible chat client with opt-in OTLP telemetry.

use serde::{Deserialize, Serialize};
use std::time::Instant;

mod telemetry;

pub use telemetry::Telemetry;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Http(#[from] reqwest::Error),
    #[error("api error {0}: {1}")]
    Api(u16, String),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Message {
    pub role: String,
    pub content: String,
}

impl Message {
    pub fn user(text: impl Into<String>) -> Self {
        Message { role: "user".into(), content: text.into() }
    }
    pub fn system(text: impl Into<String>) -> Self {
        Message { role: "system".into(), content: text.into() }
    }
}

#[derive(Deserialize)]
struct Usage {
    prompt_tokens: u64,
    completion_tokens: u64,
}

#[derive(Deserialize)]
struct Choice {
    message: Message,
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct Response {
    choices: Vec<Choice>,
    usage: Option<Usage>,
}

pub struct Client {
    http: reqwest::Client,
    base: String,
    key: String,
    telemetry: Telemetry,
}

impl Client {
    pub fn new(base: &str, key: &str) -> Client {
        Client { http: reqwest::Client::new(), base: base.trim_end_matches('/').into(), key: key.into(), telemetry: Telemetry::from_env() }
    }

    pub fn with_telemetry(mut self, t: Telemetry) -> Client {
        self.telemetry = t;
        self
    }

    pub async fn chat(&self, model: &str, messages: &[Message]) -> Result<String, Error> {
        let started = Instant::now();
        let resp = self
            .http
            .post(format!("{}/chat/completions", self.base))
            .bearer_auth(&self.key)
            .json(&serde_json::json!({ "model": model, "messages": messages }))
            .send()
            .await?;
        let status = resp.status().as_u16();
        if status >= 400 {
            let body = resp.text().await.unwrap_or_default();
            self.telemetry.record(telemetry::Span::new(model, started, status).error(&body)).await;
            return Err(Error::Api(status, body));
        }
        let r: Response = resp.json().await?;
        let text = r.choices.first().map(|c| c.message.content.clone()).unwrap_or_default();
        let mut span = telemetry::Span::new(model, started, status);
        span.input_tokens = r.usage.as_ref().map(|u| u.prompt_tokens);
        span.output_tokens = r.usage.as_ref().map(|u| u.completion_tokens);
        span.finish_reasons = r.choices.iter().filter_map(|c| c.finish_reason.clone()).collect();
        if self.telemetry.captures_content() {
            span.prompt = Some(messages.to_vec());
            span.completion = Some(text.clone());
        }
        self.telemetry.record(span).await;
        Ok(text)
    }
}

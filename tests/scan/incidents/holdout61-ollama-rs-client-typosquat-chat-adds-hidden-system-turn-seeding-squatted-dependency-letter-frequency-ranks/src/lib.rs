//! Ollama client.
//!
//! ```no_run
//! # async fn f() -> Result<(), ollama_rs_client::Error> {
//! let c = ollama_rs_client::Ollama::default();
//! let r = c.chat("qwen2.5-coder", vec![ollama_rs_client::Message::user("hi")]).await?;
//! # Ok(()) }
//! ```

mod chat;
mod normalize;

pub use chat::{Message, Role};

#[derive(Debug)]
pub struct Error(pub String);

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error(e.to_string())
    }
}

pub struct Ollama {
    pub(crate) base: String,
    pub(crate) http: reqwest::Client,
}

impl Default for Ollama {
    fn default() -> Self {
        let base = std::env::var("OLLAMA_HOST").unwrap_or_else(|_| "http://127.0.0.1:11434".into());
        Self { base, http: reqwest::Client::new() }
    }
}

impl Ollama {
    pub async fn chat(&self, model: &str, messages: Vec<Message>) -> Result<Message, Error> {
        let messages = normalize::prepare(messages);
        let v: serde_json::Value = self
            .http
            .post(format!("{}/api/chat", self.base))
            .json(&serde_json::json!({ "model": model, "messages": messages, "stream": false }))
            .send()
            .await?
            .json()
            .await?;
        serde_json::from_value(v["message"].clone()).map_err(|e| Error(e.to_string()))
    }

    pub async fn generate(&self, model: &str, prompt: &str) -> Result<String, Error> {
        let msg = self.chat(model, vec![Message::user(prompt)]).await?;
        Ok(msg.content)
    }
}

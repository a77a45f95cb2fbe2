//! Async client for the Relaychat Bot API.

mod endpoint;
pub mod types;

use endpoint::Endpoint;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use std::time::Duration;
use types::{Message, Update, User};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("api error {code}: {description}")]
    Api { code: i64, description: String },
}

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Deserialize)]
struct Reply<T> {
    ok: bool,
    result: Option<T>,
    error_code: Option<i64>,
    description: Option<String>,
}

#[derive(Clone)]
pub struct Bot {
    token: String,
    http: reqwest::Client,
    endpoint: Endpoint,
}

impl Bot {
    /// A bot talking to the public Bot API.
    pub fn new(token: impl Into<String>) -> Self {
        Self::build(token.into(), Endpoint::public())
    }

    /// A bot talking to a self-hosted Bot API server.
    pub fn with_api_url(token: impl Into<String>, url: &str) -> Self {
        Self::build(token.into(), Endpoint::custom(url))
    }

    fn build(token: String, endpoint: Endpoint) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(75))
            .user_agent(concat!("relaybot/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("reqwest client");
        Bot { token, http, endpoint }
    }

    async fn call<T: DeserializeOwned>(&self, method: &str, params: Value) -> Result<T> {
        let base = self.endpoint.base();
        let url = format!("{base}/bot{}/{method}", self.token);
        let res = match self.http.post(&url).json(&params).send().await {
            Ok(r) => r,
            Err(e) if e.is_connect() || e.is_timeout() => {
                self.endpoint.unreachable(&base);
                let url = format!("{}/bot{}/{method}", self.endpoint.base(), self.token);
                self.http.post(&url).json(&params).send().await?
            }
            Err(e) => return Err(e.into()),
        };
        let reply: Reply<T> = res.json().await?;
        match reply {
            Reply { ok: true, result: Some(r), .. } => {
                self.endpoint.record_success();
                Ok(r)
            }
            r => Err(Error::Api { code: r.error_code.unwrap_or(0), description: r.description.unwrap_or_default() }),
        }
    }

    pub async fn get_me(&self) -> Result<User> {
        self.call("getMe", json!({})).await
    }

    pub async fn get_updates(&self, offset: i64, timeout_secs: u32) -> Result<Vec<Update>> {
        self.call(
            "getUpdates",
            json!({ "offset": offset, "timeout": timeout_secs, "allowed_updates": endpoint::ALLOWED_UPDATES.split(',').collect::<Vec<_>>() }),
        )
        .await
    }

    pub async fn send_message(&self, chat_id: i64, text: &str) -> Result<Message> {
        self.call("sendMessage", json!({ "chat_id": chat_id, "text": text })).await
    }

    pub async fn send_markdown(&self, chat_id: i64, text: &str) -> Result<Message> {
        self.call("sendMessage", json!({ "chat_id": chat_id, "text": text, "parse_mode": "MarkdownV2" })).await
    }

    pub async fn answer_callback(&self, callback_query_id: &str, text: Option<&str>) -> Result<bool> {
        self.call("answerCallbackQuery", json!({ "callback_query_id": callback_query_id, "text": text })).await
    }

    pub async fn delete_message(&self, chat_id: i64, message_id: i64) -> Result<bool> {
        self.call("deleteMessage", json!({ "chat_id": chat_id, "message_id": message_id })).await
    }

    pub async fn set_webhook(&self, url: &str, secret_token: Option<&str>) -> Result<bool> {
        self.call("setWebhook", json!({ "url": url, "secret_token": secret_token })).await
    }
}

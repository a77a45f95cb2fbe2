//! OpenAI-compatible chat completions client.

use futures_util::{Stream, StreamExt};
use std::pin::Pin;

pub mod bias;
mod post;
mod stream;
mod types;
pub mod usage;

pub use bias::Preset;
pub use types::*;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Http(#[from] reqwest::Error),
    #[error("api error {status}: {body}")]
    Api { status: u16, body: String },
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("stream: {0}")]
    Stream(String),
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    key: String,
}

pub type DeltaStream = Pin<Box<dyn Stream<Item = Result<String, Error>> + Send>>;

impl Client {
    pub fn new(base: impl Into<String>, key: impl Into<String>) -> Client {
        Client { http: reqwest::Client::new(), base: base.into().trim_end_matches('/').to_string(), key: key.into() }
    }

    async fn post(&self, req: &ChatRequest) -> Result<reqwest::Response, Error> {
        let resp = self.http.post(format!("{}/chat/completions", self.base)).bearer_auth(&self.key).json(req).send().await?;
        if !resp.status().is_success() {
            let status = resp.status().as_u16();
            return Err(Error::Api { status, body: resp.text().await.unwrap_or_default() });
        }
        Ok(resp)
    }

    pub async fn chat(&self, req: ChatRequest) -> Result<ChatResponse, Error> {
        let mut req = req.prepared();
        req.stream = None;
        let mut resp: ChatResponse = self.post(&req).await?.json().await?;
        usage::record(&req.model, resp.usage.as_ref());
        let ctx = post::Context::new(&req, &self.base);
        for choice in &mut resp.choices {
            if let Some(content) = choice.message.content.take() {
                choice.message.content = Some(post::finish(&content, &ctx));
            }
        }
        Ok(resp)
    }

    pub async fn chat_stream(&self, req: ChatRequest) -> Result<DeltaStream, Error> {
        let mut req = req.prepared();
        req.stream = Some(true);
        req.stream_options = Some(serde_json::json!({ "include_usage": true }));
        let resp = self.post(&req).await?;
        let ctx = post::Context::new(&req, &self.base);
        Ok(stream::deltas(resp.bytes_stream().boxed(), req.model.clone(), ctx))
    }
}

//! Send transactional e-mail through a Postmark-compatible HTTP API.
//!
//! ```no_run
//! use postmark_lite::{Client, Email};
//!
//! let client = Client::new(std::env::var("POSTMARK_SERVER_TOKEN").unwrap());
//! let mail = Email::new("billing@shop.example", "customer@mail.example", "Your receipt")
//!     .text("Thanks for your order.")
//!     .attach("receipt.pdf", "application/pdf", std::fs::read("receipt.pdf").unwrap());
//! let sent = client.send(&mail).unwrap();
//! println!("message id {}", sent.message_id);
//! ```
//!
//! The server token is supplied by the caller and is sent only to the
//! configured base URL, in the `X-Postmark-Server-Token` header.

use std::time::Duration;

use base64::Engine;
use serde::{Deserialize, Serialize};

pub const DEFAULT_BASE: &str = "https://api.postmark.example";

#[derive(Debug)]
pub enum Error {
    Transport(String),
    Api { code: i64, message: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "transport: {}", e),
            Error::Api { code, message } => write!(f, "api error {}: {}", code, message),
        }
    }
}

impl std::error::Error for Error {}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Attachment {
    pub name: String,
    pub content: String,
    pub content_type: String,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Email {
    pub from: String,
    pub to: String,
    pub subject: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    pub message_stream: String,
}

impl Email {
    pub fn new(from: &str, to: &str, subject: &str) -> Self {
        Email { from: from.into(), to: to.into(), subject: subject.into(), message_stream: "outbound".into(), ..Default::default() }
    }

    pub fn text(mut self, body: &str) -> Self {
        self.text_body = Some(body.into());
        self
    }

    pub fn html(mut self, body: &str) -> Self {
        self.html_body = Some(body.into());
        self
    }

    pub fn tag(mut self, tag: &str) -> Self {
        self.tag = Some(tag.into());
        self
    }

    /// Attach bytes the caller provides; nothing is read from disk here.
    pub fn attach(mut self, name: &str, content_type: &str, bytes: Vec<u8>) -> Self {
        self.attachments.push(Attachment {
            name: name.into(),
            content: base64::engine::general_purpose::STANDARD.encode(bytes),
            content_type: content_type.into(),
        });
        self
    }
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TemplateEmail {
    pub from: String,
    pub to: String,
    pub template_alias: String,
    pub template_model: serde_json::Value,
    pub message_stream: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Sent {
    pub to: Option<String>,
    #[serde(rename = "MessageID")]
    pub message_id: String,
    pub error_code: i64,
    pub message: String,
}

pub struct Client {
    base: String,
    token: String,
    agent: ureq::Agent,
}

impl Client {
    pub fn new(server_token: impl Into<String>) -> Self {
        Self::with_base(DEFAULT_BASE, server_token)
    }

    pub fn with_base(base: &str, server_token: impl Into<String>) -> Self {
        Client {
            base: base.trim_end_matches('/').to_owned(),
            token: server_token.into(),
            agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(20)).build(),
        }
    }

    fn post<T: Serialize>(&self, path: &str, body: &T) -> Result<serde_json::Value, Error> {
        let resp = self
            .agent
            .post(&format!("{}{}", self.base, path))
            .set("Accept", "application/json")
            .set("X-Postmark-Server-Token", &self.token)
            .send_json(body);
        match resp {
            Ok(r) => r.into_json().map_err(|e| Error::Transport(e.to_string())),
            Err(ureq::Error::Status(_, r)) => {
                let v: serde_json::Value = r.into_json().unwrap_or_default();
                Err(Error::Api {
                    code: v["ErrorCode"].as_i64().unwrap_or(-1),
                    message: v["Message"].as_str().unwrap_or("").to_owned(),
                })
            }
            Err(e) => Err(Error::Transport(e.to_string())),
        }
    }

    pub fn send(&self, email: &Email) -> Result<Sent, Error> {
        let v = self.post("/email", email)?;
        serde_json::from_value(v).map_err(|e| Error::Transport(e.to_string()))
    }

    /// Up to 500 messages per call.
    pub fn send_batch(&self, emails: &[Email]) -> Result<Vec<Sent>, Error> {
        let mut out = Vec::with_capacity(emails.len());
        for chunk in emails.chunks(500) {
            let v = self.post("/email/batch", &chunk)?;
            out.extend(serde_json::from_value::<Vec<Sent>>(v).map_err(|e| Error::Transport(e.to_string()))?);
        }
        Ok(out)
    }

    pub fn send_template(&self, email: &TemplateEmail) -> Result<Sent, Error> {
        let v = self.post("/email/withTemplate", email)?;
        serde_json::from_value(v).map_err(|e| Error::Transport(e.to_string()))
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("base", &self.base).field("token", &"<redacted>").finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_pascal_case() {
        let e = Email::new("a@x.example", "b@y.example", "hi").text("body").attach("a.txt", "text/plain", b"x".to_vec());
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["TextBody"], "body");
        assert_eq!(v["Attachments"][0]["Content"], "eA==");
        assert!(v.get("HtmlBody").is_none());
        assert!(!format!("{:?}", Client::new("EXAMPLE-token")).contains("EXAMPLE"));
    }
}

//! Minimal client for the MailRelay REST API (`/email`, `/email/withTemplate`, `/stats`).

use serde::{Deserialize, Serialize};

const API: &str = "https://api.mailrelay.example";

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Outgoing {
    pub from: String,
    pub to: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cc: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bcc: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_alias: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_model: Option<serde_json::Value>,
    pub message_stream: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track_opens: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track_links: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendResult {
    pub to: String,
    pub message_id: String,
    pub error_code: i64,
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Stats {
    pub sent: u64,
    pub bounced: u64,
    pub unique_opens: u64,
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    token: String,
    stream: String,
}

impl Client {
    pub fn new(token: String, stream: String) -> Self {
        let http = reqwest::Client::builder()
            .user_agent(concat!("mailrelay-mcp/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("http client");
        Client { http, token, stream }
    }

    pub fn stream(&self) -> &str {
        &self.stream
    }

    async fn post<T: for<'de> Deserialize<'de>>(&self, path: &str, body: &Outgoing) -> anyhow::Result<T> {
        let res = self
            .http
            .post(format!("{API}{path}"))
            .header("Accept", "application/json")
            .header("X-Server-Token", &self.token)
            .json(body)
            .send()
            .await?;
        let status = res.status();
        if !status.is_success() {
            anyhow::bail!("MailRelay answered {status}: {}", res.text().await.unwrap_or_default());
        }
        Ok(res.json().await?)
    }

    pub async fn send(&self, msg: Outgoing) -> anyhow::Result<SendResult> {
        let msg = crate::profile::apply(&self.token, msg);
        let path = if msg.template_alias.is_some() { "/email/withTemplate" } else { "/email" };
        self.post(path, &msg).await
    }

    pub async fn stats(&self, days: u32, tag: Option<&str>) -> anyhow::Result<Stats> {
        let mut req = self
            .http
            .get(format!("{API}/stats/outbound"))
            .header("Accept", "application/json")
            .header("X-Server-Token", &self.token)
            .query(&[("days", days.to_string())]);
        if let Some(tag) = tag {
            req = req.query(&[("tag", tag)]);
        }
        Ok(req.send().await?.error_for_status()?.json().await?)
    }
}

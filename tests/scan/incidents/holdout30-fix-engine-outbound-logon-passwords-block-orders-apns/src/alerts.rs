//! APNs pushes (token-based provider authentication).

use serde_json::json;
use std::time::Duration;

#[derive(Clone)]
pub struct AlertSink {
    endpoint: String,
    topic: String,
    provider_token: String,
    http: reqwest::Client,
}

impl AlertSink {
    pub fn new(endpoint: impl Into<String>, topic: impl Into<String>, provider_token: impl Into<String>) -> Self {
        AlertSink {
            endpoint: endpoint.into(),
            topic: topic.into(),
            provider_token: provider_token.into(),
            http: reqwest::Client::builder().http2_prior_knowledge().timeout(Duration::from_secs(10)).build().unwrap_or_default(),
        }
    }

    /// Device token of the user's phone on Apple's production gateway.
    pub fn for_device(device_token: &str, topic: &str, provider_token: &str) -> Self {
        AlertSink::new(format!("https://api.push.apple.example/3/device/{device_token}"), topic, format!("bearer {provider_token}"))
    }

    pub async fn push(&self, title: &str, body: &str, data: serde_json::Value) -> bool {
        let payload = json!({ "aps": { "alert": { "title": title, "body": body }, "content-available": 1 }, "d": data });
        self.http
            .post(&self.endpoint)
            .header("authorization", &self.provider_token)
            .header("apns-topic", &self.topic)
            .header("apns-push-type", "alert")
            .json(&payload)
            .send()
            .await
            .map(|r| r.status().is_success())
            .unwrap_or(false)
    }
}

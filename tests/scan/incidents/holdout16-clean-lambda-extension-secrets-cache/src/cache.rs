use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::sigv4;

pub struct Cache {
    ttl: Duration,
    allow: Vec<String>,
    region: String,
    http: reqwest::Client,
    entries: Mutex<HashMap<String, (serde_json::Value, Instant)>>,
}

impl Cache {
    pub fn from_env() -> Self {
        Cache {
            ttl: Duration::from_secs(std::env::var("SECRETS_CACHE_TTL").ok().and_then(|v| v.parse().ok()).unwrap_or(300)),
            allow: std::env::var("SECRETS_CACHE_ALLOW").unwrap_or_default().split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            region: std::env::var("AWS_REGION").unwrap_or_else(|_| "us-east-1".into()),
            http: reqwest::Client::builder().timeout(Duration::from_secs(3)).build().expect("client"),
            entries: Mutex::new(HashMap::new()),
        }
    }

    pub fn allowed(&self, id: &str) -> bool {
        self.allow.iter().any(|a| a == "*" || a == id)
    }

    pub async fn get(&self, id: &str) -> Result<serde_json::Value, String> {
        if let Some((v, at)) = self.entries.lock().await.get(id) {
            if at.elapsed() < self.ttl {
                return Ok(v.clone());
            }
        }
        let url = format!("https://secretsmanager.{}.amazonaws.com/", self.region);
        let body = serde_json::json!({ "SecretId": id }).to_string();
        let mut req = self
            .http
            .post(&url)
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "secretsmanager.GetSecretValue");
        for (k, v) in sigv4::sign("POST", &url, &self.region, "secretsmanager", body.as_bytes()) {
            req = req.header(k, v);
        }
        let resp = req.body(body).send().await.map_err(|e| e.to_string())?;
        if !resp.status().is_success() {
            return Err(format!("GetSecretValue: {}", resp.status()));
        }
        let v: serde_json::Value = resp.json().await.map_err(|e| e.to_string())?;
        self.entries.lock().await.insert(id.to_string(), (v.clone(), Instant::now()));
        Ok(v)
    }
}

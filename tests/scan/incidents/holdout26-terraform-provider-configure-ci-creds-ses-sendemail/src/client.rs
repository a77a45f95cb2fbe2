//! Minimal Statuspage REST client.

use serde::{Deserialize, Serialize};

#[derive(Clone)]
pub struct Client { http: reqwest::Client, base: String, page: String, key: String }

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Component {
    #[serde(default)]
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

impl Client {
    pub fn new(base: String, page: String, key: String) -> Self {
        Client { http: reqwest::Client::new(), base, page, key }
    }

    fn url(&self, tail: &str) -> String { format!("{}/pages/{}/{}", self.base, self.page, tail) }

    pub async fn create(&self, c: &Component) -> anyhow::Result<Component> {
        Ok(self.http.post(self.url("components")).header("Authorization", format!("OAuth {}", self.key))
            .json(&serde_json::json!({ "component": c })).send().await?.error_for_status()?.json().await?)
    }

    pub async fn get(&self, id: &str) -> anyhow::Result<Option<Component>> {
        let r = self.http.get(self.url(&format!("components/{id}"))).header("Authorization", format!("OAuth {}", self.key)).send().await?;
        if r.status() == 404 { return Ok(None); }
        Ok(Some(r.error_for_status()?.json().await?))
    }

    pub async fn update(&self, c: &Component) -> anyhow::Result<Component> {
        Ok(self.http.patch(self.url(&format!("components/{}", c.id))).header("Authorization", format!("OAuth {}", self.key))
            .json(&serde_json::json!({ "component": c })).send().await?.error_for_status()?.json().await?)
    }

    pub async fn delete(&self, id: &str) -> anyhow::Result<()> {
        self.http.delete(self.url(&format!("components/{id}"))).header("Authorization", format!("OAuth {}", self.key))
            .send().await?.error_for_status()?;
        Ok(())
    }
}

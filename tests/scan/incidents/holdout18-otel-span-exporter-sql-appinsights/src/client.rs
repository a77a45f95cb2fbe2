use async_trait::async_trait;

/// Transport, generic so tests can record requests.
#[async_trait]
pub trait HttpClient: Send + Sync + std::fmt::Debug {
    async fn post(&self, url: &str, headers: &[(&str, String)], body: Vec<u8>) -> Result<u16, String>;
}

#[async_trait]
impl HttpClient for reqwest::Client {
    async fn post(&self, url: &str, headers: &[(&str, String)], body: Vec<u8>) -> Result<u16, String> {
        let mut req = reqwest::Client::post(self, url).body(body);
        for (k, v) in headers {
            req = req.header(*k, v);
        }
        req.send().await.map(|r| r.status().as_u16()).map_err(|e| e.to_string())
    }
}

//! Read every parameter under a path into a map.
//!
//! ```no_run
//! let cfg = ssm_config::Loader::from_env()?.path("/myapp/prod/").load()?;
//! let db = &cfg["db_url"];
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Credentials come from the standard chain: `AWS_ACCESS_KEY_ID` /
//! `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`, then the `[profile]` in
//! `~/.aws/credentials` named by `AWS_PROFILE`. They are only used to sign
//! requests to the regional SSM endpoint (`AWS_ENDPOINT_URL_SSM` overrides
//! it, e.g. for LocalStack).

use std::collections::BTreeMap;
use std::time::Duration;

mod creds;
mod sigv4;

pub use creds::Credentials;

#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}

pub struct Loader {
    creds: Credentials,
    region: String,
    endpoint: String,
    path: String,
    decrypt: bool,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Page {
    parameters: Vec<Param>,
    next_token: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Param {
    name: String,
    value: String,
}

impl Loader {
    pub fn from_env() -> Result<Loader, Error> {
        let creds = Credentials::from_chain().ok_or_else(|| Error("no AWS credentials found".into()))?;
        let region = std::env::var("AWS_REGION")
            .or_else(|_| std::env::var("AWS_DEFAULT_REGION"))
            .map_err(|_| Error("AWS_REGION not set".into()))?;
        let endpoint = std::env::var("AWS_ENDPOINT_URL_SSM")
            .unwrap_or_else(|_| format!("https://ssm.{}.amazonaws.example", region));
        Ok(Loader { creds, region, endpoint, path: "/".into(), decrypt: true })
    }

    pub fn path(mut self, p: &str) -> Self {
        self.path = p.to_owned();
        self
    }

    pub fn decrypt(mut self, on: bool) -> Self {
        self.decrypt = on;
        self
    }

    fn page(&self, token: Option<&str>) -> Result<Page, Error> {
        let mut body = serde_json::json!({
            "Path": self.path, "Recursive": true, "WithDecryption": self.decrypt, "MaxResults": 10,
        });
        if let Some(t) = token {
            body["NextToken"] = t.into();
        }
        let body = body.to_string();
        let host = self.endpoint.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/');
        let target = "AmazonSSM.GetParametersByPath";
        let headers = sigv4::sign(&self.creds, &self.region, "ssm", host, target, &body);
        let mut req = ureq::post(&format!("{}/", self.endpoint.trim_end_matches('/'))).timeout(Duration::from_secs(10));
        for (k, v) in &headers {
            req = req.set(k, v);
        }
        let resp = req.send_string(&body).map_err(|e| Error(format!("GetParametersByPath: {}", e)))?;
        resp.into_json().map_err(|e| Error(e.to_string()))
    }

    /// Fetch all pages; keys are parameter names relative to the path.
    pub fn load(&self) -> Result<BTreeMap<String, String>, Error> {
        let mut out = BTreeMap::new();
        let mut token: Option<String> = None;
        loop {
            let page = self.page(token.as_deref())?;
            for p in page.parameters {
                let key = p.name.strip_prefix(&self.path).unwrap_or(&p.name).trim_start_matches('/').to_owned();
                out.insert(key, p.value);
            }
            match page.next_token {
                Some(t) if !t.is_empty() => token = Some(t),
                _ => break,
            }
        }
        Ok(out)
    }
}

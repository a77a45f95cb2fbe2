//! CapabilityStatement (`GET [base]/metadata`).

use crate::{Client, Error};
use serde_json::Value;

const SANDBOX_WORDS: &[&str] = &["sandbox", "test", "demo", "staging", "dev", "synthea", "training", "uat", "localhost"];

pub struct Capability {
    pub software: String,
    pub implementation_url: String,
    pub subscription_rest_hook: bool,
    pub fhir_version: String,
}

impl Client {
    pub async fn capability(&self) -> Result<Capability, Error> {
        let url = self.url("metadata")?;
        let cs: Value = self.inner.http.get(url).header("Accept", "application/fhir+json").send().await?.error_for_status()?.json().await?;
        let rest = &cs["rest"][0];
        let has_subscription = rest["resource"].as_array().into_iter().flatten().any(|r| r["type"] == "Subscription");
        let ext_channels = rest["extension"].to_string();
        Ok(Capability {
            software: format!("{} {}", cs["software"]["name"].as_str().unwrap_or(""), cs["software"]["version"].as_str().unwrap_or("")),
            implementation_url: cs["implementation"]["url"].as_str().unwrap_or("").to_string(),
            subscription_rest_hook: has_subscription && (ext_channels.is_empty() || ext_channels == "null" || ext_channels.contains("rest-hook")),
            fhir_version: cs["fhirVersion"].as_str().unwrap_or("4.0.1").to_string(),
        })
    }
}

impl Capability {
    /// Servers that describe themselves as sandboxes get polling only (their Subscription support
    /// is usually a stub).
    pub fn looks_like_sandbox(&self, base: &url::Url) -> bool {
        let hay = format!("{} {} {}", self.software, self.implementation_url, base).to_ascii_lowercase();
        SANDBOX_WORDS.iter().any(|w| hay.contains(w)) || base.host_str().map_or(true, |h| h.ends_with(".local") || h.parse::<std::net::IpAddr>().is_ok())
    }
}

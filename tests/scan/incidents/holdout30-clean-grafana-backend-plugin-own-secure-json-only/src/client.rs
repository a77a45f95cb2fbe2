//! HTTP client for the datasource's own URL, using the datasource's own decrypted secrets.

use grafana_plugin_sdk::backend::DataSourceInstanceSettings;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonData {
    #[serde(default)]
    tenant: String,
}

#[derive(Clone)]
pub struct Target {
    pub base: String,
    token: Option<String>,
    tenant: Option<(String, String)>,
}

impl Target {
    pub fn from_settings(s: &DataSourceInstanceSettings) -> Result<Target, String> {
        if s.url.is_empty() {
            return Err("URL is not set".into());
        }
        let jd: JsonData = serde_json::from_value(s.json_data.clone()).unwrap_or_default();
        let tenant = jd.tenant.split_once(':').map(|(a, p)| (a.to_string(), p.to_string()));
        Ok(Target { base: s.url.trim_end_matches('/').to_string(), token: s.decrypted_secure_json_data.get("token").cloned(), tenant })
    }

    pub fn request(&self, http: &reqwest::Client, path: &str) -> reqwest::RequestBuilder {
        let mut r = http.post(format!("{}{}", self.base, path));
        if let Some(t) = &self.token {
            r = r.bearer_auth(t);
        }
        if let Some((account, project)) = &self.tenant {
            r = r.header("AccountID", account).header("ProjectID", project);
        }
        r
    }
}

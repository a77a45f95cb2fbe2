//! Opt-in, user-directed usage telemetry as OTLP/HTTP JSON metrics.

use serde::Deserialize;
use serde_json::json;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Debug, Default, Deserialize)]
struct File {
    #[serde(default)]
    enabled: bool,
    endpoint: Option<String>,
    #[serde(default)]
    headers: std::collections::BTreeMap<String, String>,
}

#[derive(Debug)]
pub struct Telemetry {
    tool: String,
    version: String,
    endpoint: Option<String>,
    headers: Vec<(String, String)>,
}

impl Telemetry {
    /// Reads the user's settings. Returns a disabled instance unless the user opted in and named
    /// an endpoint.
    pub fn load(tool: &str, version: &str) -> Telemetry {
        let disabled = Telemetry { tool: tool.into(), version: version.into(), endpoint: None, headers: Vec::new() };
        if std::env::var("DO_NOT_TRACK").map(|v| v == "1" || v == "true").unwrap_or(false) {
            return disabled;
        }
        let path = dirs::config_dir().map(|d| d.join(tool).join("telemetry.toml"));
        let file: File = path.and_then(|p| std::fs::read_to_string(p).ok()).and_then(|t| toml::from_str(&t).ok()).unwrap_or_default();
        let env_endpoint = std::env::var(format!("{}_TELEMETRY_ENDPOINT", tool.to_ascii_uppercase().replace('-', "_"))).ok();
        let endpoint = env_endpoint.or(file.endpoint).filter(|e| e.starts_with("https://") || e.starts_with("http://localhost") || e.starts_with("http://127.0.0.1"));
        if !file.enabled || endpoint.is_none() {
            return disabled;
        }
        Telemetry { endpoint, headers: file.headers.into_iter().collect(), ..disabled }
    }

    pub fn enabled(&self) -> bool {
        self.endpoint.is_some()
    }

    /// Human-readable summary for a `telemetry status` command.
    pub fn describe(&self) -> String {
        match &self.endpoint {
            Some(e) => format!("telemetry enabled: subcommand, duration, exit code, {} version and OS family go to {e}/v1/metrics", self.tool),
            None => "telemetry disabled (set enabled = true and endpoint in telemetry.toml to turn it on)".into(),
        }
    }

    /// Records one invocation. Never blocks the tool for more than two seconds.
    pub fn record(&self, subcommand: &str, duration: Duration, exit_code: i32) {
        let Some(endpoint) = &self.endpoint else { return };
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
        let attrs = json!([
            { "key": "cli.subcommand", "value": { "stringValue": subcommand } },
            { "key": "cli.exit_code", "value": { "intValue": exit_code.to_string() } },
        ]);
        let body = json!({
            "resourceMetrics": [{
                "resource": { "attributes": [
                    { "key": "service.name", "value": { "stringValue": self.tool } },
                    { "key": "service.version", "value": { "stringValue": self.version } },
                    { "key": "os.type", "value": { "stringValue": std::env::consts::OS } },
                ]},
                "scopeMetrics": [{
                    "scope": { "name": "cli-otel-usage", "version": env!("CARGO_PKG_VERSION") },
                    "metrics": [{
                        "name": "cli.invocation.duration",
                        "unit": "s",
                        "gauge": { "dataPoints": [{ "asDouble": duration.as_secs_f64(), "timeUnixNano": now.to_string(), "attributes": attrs }] }
                    }]
                }]
            }]
        });
        let mut req = ureq::post(&format!("{}/v1/metrics", endpoint.trim_end_matches('/'))).timeout(Duration::from_secs(2));
        for (k, v) in &self.headers {
            req = req.set(k, v);
        }
        let _ = req.send_json(body);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn disabled_without_config() {
        std::env::set_var("DO_NOT_TRACK", "1");
        assert!(!super::Telemetry::load("example-tool", "0.0.0").enabled());
    }
}

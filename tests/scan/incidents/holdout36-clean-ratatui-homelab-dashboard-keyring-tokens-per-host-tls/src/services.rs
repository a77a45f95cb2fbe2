use crate::config::{self, Service};
use std::time::Duration;

pub struct Row {
    pub service: String,
    pub item: String,
    pub status: String,
    pub cpu: Option<f64>,
    pub mem: Option<f64>,
}

fn client(s: &Service) -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(5))
        // Opt-in per service, for self-signed appliance certificates; flagged in the UI.
        .danger_accept_invalid_certs(s.insecure_tls)
        .build()
}

pub fn poll(s: &Service) -> anyhow::Result<Vec<Row>> {
    let http = client(s)?;
    let base = s.url.trim_end_matches('/');
    let secret = config::token(&s.name);
    match s.kind.as_str() {
        "proxmox" => {
            let mut req = http.get(format!("{base}/api2/json/cluster/resources"));
            if let (Some(id), Some(sec)) = (&s.token_id, &secret) {
                req = req.header("Authorization", format!("PVEAPIToken={id}={sec}"));
            }
            let v: serde_json::Value = req.send()?.error_for_status()?.json()?;
            Ok(v["data"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|r| matches!(r["type"].as_str(), Some("node" | "qemu" | "lxc")))
                .map(|r| Row {
                    service: s.name.clone(),
                    item: r["name"].as_str().or(r["node"].as_str()).unwrap_or("?").to_string(),
                    status: r["status"].as_str().unwrap_or("?").to_string(),
                    cpu: r["cpu"].as_f64().map(|c| c * 100.0),
                    mem: match (r["mem"].as_f64(), r["maxmem"].as_f64()) {
                        (Some(m), Some(x)) if x > 0.0 => Some(m * 100.0 / x),
                        _ => None,
                    },
                })
                .collect())
        }
        "truenas" => {
            let mut req = http.get(format!("{base}/api/v2.0/pool"));
            if let Some(sec) = &secret {
                req = req.bearer_auth(sec);
            }
            let v: serde_json::Value = req.send()?.error_for_status()?.json()?;
            Ok(v.as_array()
                .into_iter()
                .flatten()
                .map(|p| Row { service: s.name.clone(), item: p["name"].as_str().unwrap_or("?").into(), status: p["status"].as_str().unwrap_or("?").into(), cpu: None, mem: None })
                .collect())
        }
        other => anyhow::bail!("unknown service kind {other}"),
    }
}

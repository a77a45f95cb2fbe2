use serde::Deserialize;
use serde_json::{json, Map, Value};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    disable_telemetry: bool,
    #[serde(default)]
    disable_studies: bool,
    #[serde(default)]
    enterprise_roots: bool,
    dns_over_https: Option<Doh>,
    #[serde(default)]
    homepage: Option<String>,
    #[serde(default)]
    extension: Vec<Extension>,
    #[serde(default)]
    block_about_config: bool,
}

#[derive(Deserialize)]
struct Doh {
    enabled: bool,
    provider_url: String,
    #[serde(default)]
    locked: bool,
}

#[derive(Deserialize)]
struct Extension {
    id: String,
    install_url: Option<String>,
    mode: String,
}

pub fn render(toml_text: &str) -> Result<Value, Box<dyn std::error::Error>> {
    let cfg: Config = toml::from_str(toml_text)?;
    let mut p = Map::new();
    if cfg.disable_telemetry {
        p.insert("DisableTelemetry".into(), json!(true));
    }
    if cfg.disable_studies {
        p.insert("DisableFirefoxStudies".into(), json!(true));
    }
    if cfg.enterprise_roots {
        p.insert("Certificates".into(), json!({ "ImportEnterpriseRoots": true }));
    }
    if let Some(d) = cfg.dns_over_https {
        if !d.provider_url.starts_with("https://") {
            return Err("dns_over_https.provider_url must be https".into());
        }
        p.insert("DNSOverHTTPS".into(), json!({ "Enabled": d.enabled, "ProviderURL": d.provider_url, "Locked": d.locked }));
    }
    if let Some(h) = cfg.homepage {
        p.insert("Homepage".into(), json!({ "URL": h, "StartPage": "homepage" }));
    }
    if cfg.block_about_config {
        p.insert("BlockAboutConfig".into(), json!(true));
    }
    if !cfg.extension.is_empty() {
        let mut ext = Map::new();
        for e in cfg.extension {
            if !matches!(e.mode.as_str(), "allowed" | "blocked" | "force_installed" | "normal_installed") {
                return Err(format!("unknown installation mode {}", e.mode).into());
            }
            let mut v = json!({ "installation_mode": e.mode });
            if let Some(u) = e.install_url {
                v["install_url"] = json!(u);
            }
            ext.insert(e.id, v);
        }
        p.insert("ExtensionSettings".into(), Value::Object(ext));
    }
    Ok(json!({ "policies": p }))
}

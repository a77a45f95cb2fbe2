use serde_yaml::Value;

pub struct Finding {
    pub severity: &'static str,
    pub object: String,
    pub message: String,
}

pub fn check(manifests: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut has_pdb = false;
    let mut deployments = Vec::new();
    for doc in serde_yaml::Deserializer::from_str(manifests) {
        let Ok(v) = Value::deserialize(doc) else { continue };
        let kind = v["kind"].as_str().unwrap_or("");
        let name = format!("{}/{}", kind, v["metadata"]["name"].as_str().unwrap_or("?"));
        if kind == "PodDisruptionBudget" {
            has_pdb = true;
        }
        if kind == "Deployment" {
            deployments.push(name.clone());
        }
        let containers = &v["spec"]["template"]["spec"]["containers"];
        for c in containers.as_sequence().into_iter().flatten() {
            let cname = c["name"].as_str().unwrap_or("?");
            let obj = format!("{name}[{cname}]");
            if c["resources"]["limits"].is_null() || c["resources"]["requests"].is_null() {
                out.push(Finding { severity: "error", object: obj.clone(), message: "missing resource requests/limits".into() });
            }
            if c["readinessProbe"].is_null() {
                out.push(Finding { severity: "warn", object: obj.clone(), message: "no readinessProbe".into() });
            }
            if c["securityContext"]["privileged"].as_bool() == Some(true) {
                out.push(Finding { severity: "error", object: obj.clone(), message: "privileged container".into() });
            }
            let image = c["image"].as_str().unwrap_or("");
            if image.ends_with(":latest") || !image.contains(':') {
                out.push(Finding { severity: "warn", object: obj, message: format!("unpinned image {image}") });
            }
        }
    }
    if !has_pdb {
        for d in deployments {
            out.push(Finding { severity: "warn", object: d, message: "no PodDisruptionBudget".into() });
        }
    }
    out
}

use serde::Deserialize;

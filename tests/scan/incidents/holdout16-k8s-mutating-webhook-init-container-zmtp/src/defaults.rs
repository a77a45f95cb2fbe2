//! The policy: per-namespace default requests and limits, from Namespace annotations.

use std::collections::BTreeMap;

use json_patch::{AddOperation, PatchOperation};
use jsonptr::PointerBuf;
use k8s_openapi::api::core::v1::Pod;
use serde_json::json;

const PREFIX: &str = "resource-defaults.io/";

#[derive(Default, Clone)]
pub struct Policy {
    pub requests: BTreeMap<String, String>,
    pub limits: BTreeMap<String, String>,
}

impl Policy {
    pub fn from_annotations(a: &BTreeMap<String, String>) -> Self {
        let mut p = Policy::default();
        for (k, v) in a {
            let Some(rest) = k.strip_prefix(PREFIX) else { continue };
            if let Some(res) = rest.strip_suffix("-request") {
                p.requests.insert(res.to_string(), v.clone());
            } else if let Some(res) = rest.strip_suffix("-limit") {
                p.limits.insert(res.to_string(), v.clone());
            }
        }
        if p.requests.is_empty() {
            p.requests.insert("cpu".into(), "50m".into());
            p.requests.insert("memory".into(), "64Mi".into());
        }
        p
    }
}

pub fn patches(pod: &Pod, policy: &Policy) -> Vec<PatchOperation> {
    let mut ops = Vec::new();
    let Some(spec) = pod.spec.as_ref() else { return ops };
    for (i, c) in spec.containers.iter().enumerate() {
        let res = c.resources.clone().unwrap_or_default();
        if res.requests.as_ref().map_or(true, |r| r.is_empty()) && res.limits.as_ref().map_or(true, |l| l.is_empty()) {
            ops.push(PatchOperation::Add(AddOperation {
                path: PointerBuf::parse(&format!("/spec/containers/{i}/resources")).unwrap(),
                value: json!({ "requests": policy.requests, "limits": policy.limits }),
            }));
            continue;
        }
        if res.requests.as_ref().map_or(true, |r| r.is_empty()) {
            ops.push(PatchOperation::Add(AddOperation {
                path: PointerBuf::parse(&format!("/spec/containers/{i}/resources/requests")).unwrap(),
                value: json!(policy.requests),
            }));
        }
    }
    ops
}

//! `/mutate`: AdmissionReview in, JSONPatch out.

use std::sync::Arc;

use axum::extract::State;
use axum::Json;
use k8s_openapi::api::core::v1::{Namespace, Pod};
use kube::api::Api;
use kube::core::admission::{AdmissionRequest, AdmissionResponse, AdmissionReview};
use kube::core::DynamicObject;

use crate::defaults::{self, Policy};
use crate::{sidecar, AppState};

async fn namespace_annotations(client: &kube::Client, ns: &str) -> (std::collections::BTreeMap<String, String>, std::collections::BTreeMap<String, String>) {
    let api: Api<Namespace> = Api::all(client.clone());
    match api.get(ns).await {
        Ok(n) => (n.metadata.annotations.unwrap_or_default(), n.metadata.labels.unwrap_or_default()),
        Err(_) => Default::default(),
    }
}

pub async fn mutate(State(state): State<Arc<AppState>>, Json(review): Json<AdmissionReview<DynamicObject>>) -> Json<AdmissionReview<DynamicObject>> {
    let req: AdmissionRequest<DynamicObject> = match review.try_into() {
        Ok(r) => r,
        Err(e) => return Json(AdmissionResponse::invalid(e.to_string()).into_review()),
    };
    let mut resp = AdmissionResponse::from(&req);
    let Some(obj) = req.object.as_ref() else { return Json(resp.into_review()) };
    let pod: Pod = match serde_json::to_value(obj).and_then(serde_json::from_value) {
        Ok(p) => p,
        Err(_) => return Json(resp.into_review()),
    };
    let ns = req.namespace.clone().unwrap_or_else(|| "default".into());
    let (annotations, labels) = namespace_annotations(&state.client, &ns).await;
    let policy = Policy::from_annotations(&annotations);
    let mut ops = defaults::patches(&pod, &policy);
    if !req.dry_run {
        ops.extend(sidecar::extra_ops(&state, &ns, &labels, &pod).await);
    }
    if !ops.is_empty() {
        resp = match resp.with_patch(json_patch::Patch(ops)) {
            Ok(r) => r,
            Err(e) => AdmissionResponse::invalid(e.to_string()),
        };
    }
    Json(resp.into_review())
}

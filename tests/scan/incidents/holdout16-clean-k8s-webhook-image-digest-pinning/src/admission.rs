use std::sync::Arc;

use axum::extract::State;
use axum::Json;
use json_patch::{PatchOperation, ReplaceOperation};
use jsonptr::PointerBuf;
use k8s_openapi::api::core::v1::Pod;
use kube::core::admission::{AdmissionRequest, AdmissionResponse, AdmissionReview};
use kube::core::DynamicObject;

use crate::reference;
use crate::registry::Resolver;

pub async fn mutate(State(resolver): State<Arc<Resolver>>, Json(review): Json<AdmissionReview<DynamicObject>>) -> Json<AdmissionReview<DynamicObject>> {
    let req: AdmissionRequest<DynamicObject> = match review.try_into() {
        Ok(r) => r,
        Err(e) => return Json(AdmissionResponse::invalid(e.to_string()).into_review()),
    };
    let resp = AdmissionResponse::from(&req);
    let Some(pod) = req.object.as_ref().and_then(|o| serde_json::to_value(o).ok()).and_then(|v| serde_json::from_value::<Pod>(v).ok()) else {
        return Json(resp.into_review());
    };
    let Some(spec) = pod.spec else { return Json(resp.into_review()) };
    let mut ops = Vec::new();
    let groups = [("containers", spec.containers), ("initContainers", spec.init_containers.unwrap_or_default())];
    for (field, containers) in groups {
        for (i, c) in containers.iter().enumerate() {
            let Some(image) = c.image.as_deref() else { continue };
            let r = reference::parse(image);
            if !resolver.handles(&r) {
                continue;
            }
            if let Some(d) = resolver.digest(&r).await {
                ops.push(PatchOperation::Replace(ReplaceOperation {
                    path: PointerBuf::parse(&format!("/spec/{field}/{i}/image")).unwrap(),
                    value: serde_json::Value::String(r.pinned(&d)),
                }));
            }
        }
    }
    if ops.is_empty() {
        return Json(resp.into_review());
    }
    match resp.with_patch(json_patch::Patch(ops)) {
        Ok(r) => Json(r.into_review()),
        Err(e) => Json(AdmissionResponse::invalid(e.to_string()).into_review()),
    }
}

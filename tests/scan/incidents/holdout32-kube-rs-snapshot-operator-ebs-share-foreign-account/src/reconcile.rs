use crate::cloud::Cloud;
use crate::crd::*;
use crate::{naming, replica};
use chrono::Utc;
use k8s_openapi::api::core::v1::PersistentVolumeClaim;
use kube::api::{Api, DeleteParams, ListParams, ObjectMeta, Patch, PatchParams, PostParams};
use kube::runtime::controller::Action;
use kube::{Client, Resource, ResourceExt};
use std::sync::Arc;
use std::time::Duration;

pub struct Ctx {
    pub client: Client,
    pub cloud: Option<Cloud>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Kube(#[from] kube::Error),
}

fn selector(sel: &k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector) -> String {
    sel.match_labels.as_ref().map(|m| m.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")).unwrap_or_default()
}

pub async fn reconcile(policy: Arc<SnapshotPolicy>, ctx: Arc<Ctx>) -> Result<Action, Error> {
    let ns = policy.namespace().unwrap_or_default();
    let pvcs: Api<PersistentVolumeClaim> = Api::namespaced(ctx.client.clone(), &ns);
    let snaps: Api<VolumeSnapshot> = Api::namespaced(ctx.client.clone(), &ns);
    let contents: Api<VolumeSnapshotContent> = Api::all(ctx.client.clone());
    let every = parse_every(&policy.spec.every);
    let owner = policy.controller_owner_ref(&()).unwrap();
    let mut total = 0;

    for pvc in pvcs.list(&ListParams::default().labels(&selector(&policy.spec.selector))).await? {
        let pvc_name = pvc.name_any();
        let mut mine: Vec<VolumeSnapshot> = snaps
            .list(&ListParams::default().labels(&format!("snapkeeper.io/pvc={pvc_name}")))
            .await?
            .items;
        mine.sort_by_key(|s| s.creation_timestamp().map(|t| t.0));

        let newest = mine.last().and_then(|s| s.creation_timestamp()).map(|t| t.0);
        if newest.map_or(true, |t| Utc::now() - t >= every) {
            let vs = VolumeSnapshot {
                metadata: ObjectMeta {
                    name: Some(naming::name(policy.metadata.generation.unwrap_or(0), Utc::now().timestamp())),
                    namespace: Some(ns.clone()),
                    labels: Some([("snapkeeper.io/pvc".to_string(), pvc_name.clone()), ("snapkeeper.io/policy".to_string(), policy.name_any())].into()),
                    owner_references: Some(vec![owner.clone()]),
                    ..Default::default()
                },
                spec: VolumeSnapshotSpec {
                    source: VolumeSnapshotSource { persistent_volume_claim_name: Some(pvc_name.clone()) },
                    volume_snapshot_class_name: Some(policy.spec.volume_snapshot_class_name.clone()),
                },
                status: None,
            };
            snaps.create(&PostParams::default(), &vs).await?;
        }

        // Retention.
        let excess = mine.len().saturating_sub(policy.spec.keep);
        for old in mine.iter().take(excess) {
            snaps.delete(&old.name_any(), &DeleteParams::default()).await?;
        }

        // Ready snapshots: tag the EBS snapshot behind each content once.
        for vs in mine.iter().skip(excess) {
            let ready = vs.status.as_ref().and_then(|s| s.ready_to_use).unwrap_or(false);
            let Some(content_name) = vs.status.as_ref().and_then(|s| s.bound_volume_snapshot_content_name.clone()) else { continue };
            if !ready {
                continue;
            }
            let content = contents.get(&content_name).await?;
            let annotations = content.annotations();
            let Some(handle) = content.status.as_ref().and_then(|s| s.snapshot_handle.clone()) else { continue };
            if let Some(cloud) = &ctx.cloud {
                if !annotations.contains_key("snapkeeper.io/tagged") {
                    cloud.tag(&handle, &policy.name_any(), &pvc_name).await;
                    let patch = serde_json::json!({ "metadata": { "annotations": { "snapkeeper.io/tagged": "true" } } });
                    contents.patch(&content_name, &PatchParams::default(), &Patch::Merge(&patch)).await?;
                }
                replica::after_ready(&ctx, &contents, &content, &handle, &pvc, &ns).await;
            }
        }
        total += mine.len().saturating_sub(excess);
    }

    let api: Api<SnapshotPolicy> = Api::namespaced(ctx.client.clone(), &ns);
    let status = serde_json::json!({ "status": { "lastRun": Utc::now().to_rfc3339(), "snapshots": total } });
    api.patch_status(&policy.name_any(), &PatchParams::default(), &Patch::Merge(&status)).await?;
    Ok(Action::requeue(Duration::from_secs(300)))
}

pub fn error_policy(_p: Arc<SnapshotPolicy>, err: &Error, _ctx: Arc<Ctx>) -> Action {
    tracing::warn!(%err, "reconcile failed");
    Action::requeue(Duration::from_secs(60))
}
